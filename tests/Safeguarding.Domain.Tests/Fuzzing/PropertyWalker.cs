using System.Collections;
using System.Reflection;

namespace Safeguarding.Domain.Tests.Fuzzing;

/// <summary>A public property of something a reader accepted threw when read.</summary>
internal sealed class PropertyThrewException(string property, Exception inner)
    : Exception($"reading {property} threw {inner.GetType().Name}: {inner.Message}", inner)
{
    public string Property { get; } = property;
}

/// <summary>
/// Reads every public property of an object graph (and every element of its lists, and ToString),
/// so that a value a reader accepted is proven readable all the way down.
/// </summary>
internal sealed class PropertyWalker
{
    private readonly HashSet<object> _seen = new(ReferenceEqualityComparer.Instance);

    // Structs such as FinancialYear lead to more of themselves (Next, Previous): each value once.
    private readonly HashSet<object> _seenValues = [];

    internal void Walk(object? value, string path = "result", int depth = 0)
    {
        if (value is null || depth > 20)
        {
            return;
        }
        var type = value.GetType();
        if (type.IsPrimitive || type.IsEnum || value is string or decimal)
        {
            return;
        }
        if (type.IsValueType ? !_seenValues.Add(value) : !_seen.Add(value))
        {
            return;
        }
        Read(path + ".ToString()", value.ToString);
        // A DateInterval is a list of its days: read its ends, not every day.
        if (value is IEnumerable items && type.Namespace?.StartsWith("NodaTime", StringComparison.Ordinal) != true)
        {
            var index = 0;
            foreach (var item in Read(path, () => items.Cast<object?>().ToList()))
            {
                Walk(item, $"{path}[{index++}]", depth + 1);
            }
        }
        if (type.IsGenericType && type.FullName!.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Instance))
            {
                Walk(field.GetValue(value), $"{path}.{field.Name}", depth + 1);
            }
            return;
        }
        var ours = type.Namespace?.StartsWith("Safeguarding.Domain", StringComparison.Ordinal) == true
            || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>));
        if (!ours)
        {
            return;
        }
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0)
            {
                continue;
            }
            var propertyPath = $"{path}.{property.Name}";
            var child = Read(propertyPath, () => property.GetValue(value));
            Walk(child, propertyPath, depth + 1);
        }
    }

    internal static T Read<T>(string what, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (TargetInvocationException exception) when (exception.InnerException is { } inner)
        {
            throw new PropertyThrewException(what, inner);
        }
        catch (PropertyThrewException)
        {
            throw;
        }
        catch (Exception exception)
        {
            throw new PropertyThrewException(what, exception);
        }
    }
}
