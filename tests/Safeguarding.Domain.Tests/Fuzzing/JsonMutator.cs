using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguarding.Domain.Tests.Fuzzing;

/// <summary>One change made to a seed file: where, and what was done there.</summary>
/// <param name="Path">The JSON path of the value changed, such as "$.plan.priorities[0].title".</param>
/// <param name="Description">What was done, such as "set to null" or "truncated at byte 1200".</param>
internal sealed record Mutation(string Path, string Description)
{
    public override string ToString() => $"{Path}: {Description}";
}

/// <summary>
/// Mutates a JSON document deterministically (the same seed always gives the same variant): a value
/// set to null, the wrong type, a huge, negative or overflowing number, an empty string, control
/// characters or non-ASCII digits; a property deleted or renamed; an array element duplicated,
/// removed or a null inserted; a value nested too deeply; or the text truncated.
/// </summary>
internal static class JsonMutator
{
    private static readonly string[] NumberTexts =
    [
        "0", "-1", "-0", "1", "5", "1.5", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
        "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950336",
        "1e400", "-1e400", "1e-400", "1E28", "7.9E28", "0.0000000000000000000000000001", "99999999999",
    ];

    private static readonly string[] Texts =
    [
        "", " ", "\t", "\u0000", "\u0001x", "x\u0007", "\u001f", "Oct ١٤", "٢٠١٤-١٠-٣١", "२०१५-१६", "２０１５-１６",
        "May 0000", "Oct 0099", "Jan 1899", "Oct 14 for Education Mar 15", "TBC\u0001", "TBC", "On-going",
        "Ongoing from Smarch 2014", "31/02/2015", "2014-13-01", "9999-12-31", "0001-01-01", "-0001-01-01",
        "1899-00", "9999-00", "1900-01", "0000-01", "14-15", "2015/2016", "G", "N", "★", "Green", "Amber, Red",
        "Complete", "NotRated", "Police", "0", "1", "-1", "\uD800", "ﬀ", "İ", "null", "\\", "\"", "{", new string('x', 5000),
    ];

    internal static (string Json, IReadOnlyList<Mutation> Mutations) Mutate(string seedJson, Random random)
    {
        var root = JsonNode.Parse(seedJson, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip })!;
        var mutations = new List<Mutation>();
        var count = random.Next(10) switch { < 7 => 1, < 9 => 2, _ => 3 };
        var truncate = random.Next(40) == 0;
        for (var i = 0; i < count; i++)
        {
            var nodes = new List<(JsonNode? Parent, string? Property, int Index, JsonNode? Node, string Path)>();
            Collect(root, null, null, -1, "$", nodes);
            var (parent, property, index, node, path) = nodes[random.Next(nodes.Count)];
            if (parent is null)
            {
                continue;
            }
            var description = Apply(random, parent, property, index, node);
            mutations.Add(new Mutation(path, description));
        }
        var json = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, MaxDepth = 1000, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (truncate || mutations.Count == 0)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var at = random.Next(bytes.Length);
            mutations.Add(new Mutation("$", $"truncated at byte {at} of {bytes.Length}"));
            json = Encoding.UTF8.GetString(bytes, 0, at);
        }
        return (json, mutations);
    }

    private static void Collect(JsonNode? node, JsonNode? parent, string? property, int index, string path, List<(JsonNode?, string?, int, JsonNode?, string)> nodes)
    {
        nodes.Add((parent, property, index, node, path));
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj.ToList())
                {
                    Collect(child, obj, name, -1, $"{path}.{name}", nodes);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Collect(array[i], array, null, i, $"{path}[{i}]", nodes);
                }
                break;
        }
    }

    private static string Apply(Random random, JsonNode parent, string? property, int index, JsonNode? node)
    {
        switch (random.Next(14))
        {
            case 0:
                Replace(parent, property, index, null);
                return "set to null";
            case 1:
                {
                    JsonNode?[] wrong = [JsonValue.Create(42), JsonValue.Create(true), JsonValue.Create("text"), new JsonObject(), new JsonArray(), JsonValue.Create(1.5)];
                    var replacement = wrong[random.Next(wrong.Length)];
                    Replace(parent, property, index, replacement);
                    return $"replaced by {replacement?.ToJsonString() ?? "null"}";
                }
            case 2:
                {
                    var text = NumberTexts[random.Next(NumberTexts.Length)];
                    Replace(parent, property, index, JsonNode.Parse(text));
                    return $"replaced by the number {text}";
                }
            case 3:
            case 4:
                {
                    var text = Texts[random.Next(Texts.Length)];
                    Replace(parent, property, index, JsonValue.Create(text));
                    return $"replaced by the string {JsonSerializer.Serialize(text)[..Math.Min(60, JsonSerializer.Serialize(text).Length)]}";
                }
            case 5:
                if (node is JsonValue value && value.TryGetValue<string>(out var original))
                {
                    var digits = string.Concat(original.Select(character => character is >= '0' and <= '9' ? (char)('٠' + (character - '0')) : character));
                    var edited = random.Next(3) switch
                    {
                        0 => digits,
                        1 => original + (char)random.Next(0, 32),
                        _ => original.Insert(random.Next(original.Length + 1), ((char)random.Next(0, 32)).ToString()),
                    };
                    Replace(parent, property, index, JsonValue.Create(edited));
                    return $"string edited to {JsonSerializer.Serialize(edited)}";
                }
                goto case 0;
            case 6:
                if (node is JsonValue number && number.GetValueKind() == JsonValueKind.Number
                    && decimal.TryParse(number.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n)
                    && Math.Abs(n) < 1e15m)
                {
                    var changed = random.Next(5) switch
                    {
                        0 => -n,
                        1 => n + 1,
                        2 => n - 1,
                        3 => n * 1_000_000_000m,
                        _ => 0m,
                    };
                    Replace(parent, property, index, JsonValue.Create(changed));
                    return $"number {n} changed to {changed}";
                }
                goto case 2;
            case 7:
                if (parent is JsonObject fromObject)
                {
                    fromObject.Remove(property!);
                    return "property deleted";
                }
                ((JsonArray)parent).RemoveAt(index);
                return "array element removed";
            case 8:
                if (parent is JsonObject renameIn)
                {
                    var moved = node?.DeepClone();
                    renameIn.Remove(property!);
                    renameIn[property + "X"] = moved;
                    return $"property renamed to {property}X";
                }
                goto case 9;
            case 9:
                {
                    var array = node as JsonArray ?? parent as JsonArray;
                    if (array is { Count: > 0 })
                    {
                        var at = random.Next(array.Count);
                        array.Insert(random.Next(array.Count + 1), array[at]?.DeepClone());
                        return $"element {at} of the array duplicated";
                    }
                    goto case 0;
                }
            case 10:
                {
                    var array = node as JsonArray ?? parent as JsonArray;
                    if (array is not null)
                    {
                        array.Insert(random.Next(array.Count + 1), null);
                        return "null inserted into the array";
                    }
                    goto case 0;
                }
            case 11:
                {
                    var depth = random.Next(2) == 0 ? random.Next(2, 8) : random.Next(60, 300);
                    JsonNode? nested = node?.DeepClone();
                    for (var i = 0; i < depth; i++)
                    {
                        nested = random.Next(2) == 0 ? new JsonArray(nested) : new JsonObject { ["x"] = nested };
                    }
                    Replace(parent, property, index, nested);
                    return $"nested {depth} levels deep";
                }
            case 12:
                if (node is JsonArray { Count: > 1 } swap)
                {
                    var first = swap[0]?.DeepClone();
                    swap[0] = swap[^1]?.DeepClone();
                    swap[^1] = first;
                    return "first and last elements swapped";
                }
                goto case 9;
            default:
                if (node is JsonObject extend)
                {
                    extend["unexpected"] = 1;
                    return "unknown property added";
                }
                goto case 3;
        }
    }

    private static void Replace(JsonNode parent, string? property, int index, JsonNode? value)
    {
        if (parent is JsonObject obj)
        {
            obj[property!] = value;
        }
        else
        {
            ((JsonArray)parent)[index] = value;
        }
    }
}
