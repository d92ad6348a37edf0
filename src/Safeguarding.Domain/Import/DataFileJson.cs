using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using NodaTime.Text;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Import;

/// <summary>
/// Reads the data files (Levels of Need guides, scorecards, annual report figures) with one set of
/// strict options: unknown properties, missing required properties and nulls where a value is
/// required are errors, each reported with its file, JSON path, line and what was expected.
/// </summary>
internal static partial class DataFileJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    internal static T Deserialize<T>(ReadOnlySpan<byte> utf8Json, string fileName, string whatTheFileIs)
        where T : class
    {
        Preconditions.CheckNotBlank(fileName);
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }
        T? document;
        try
        {
            document = JsonSerializer.Deserialize<T>(utf8Json, Options);
        }
        catch (JsonException exception)
        {
            throw new DataFileException([new DataFileError(fileName, exception.Path ?? "$", exception.LineNumber + 1, Reword(exception))]);
        }
        if (document is null)
        {
            throw new DataFileException([new DataFileError(fileName, "$", 1, $"expected a JSON object ({whatTheFileIs}), but found null")]);
        }
        // System.Text.Json lets a list hold null whatever the element's type; no data file's list may.
        var nulls = JsonLineLocator.FindNullElements(utf8Json, path => path.EndsWith(".ratings", StringComparison.Ordinal));
        if (nulls.Count > 0)
        {
            throw new DataFileException([.. nulls.Select(found => new DataFileError(fileName, found.Path, found.Line,
                found.Path.EndsWith(']') ? "expected a value in the list, but found null (remove the element instead)" : "expected a value, but found null"))]);
        }
        return document;
    }

    /// <summary>
    /// Turns problems found after reading into the exception, each placed on its line of the file
    /// (as the plan importer does), or does nothing when there are none.
    /// </summary>
    internal static void ThrowIfAny(ReadOnlySpan<byte> utf8Json, string fileName, IReadOnlyCollection<(string Path, string Message)> problems)
    {
        if (problems.Count > 0)
        {
            var lines = JsonLineLocator.Locate(utf8Json, [.. problems.Select(problem => problem.Path)]);
            throw new DataFileException([.. problems.Select(problem =>
                new DataFileError(fileName, problem.Path, lines.TryGetValue(problem.Path, out var line) ? line : null, problem.Message))]);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            ReadCommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = false,
            PropertyNameCaseInsensitive = false,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new JsonStringEnumConverter(namingPolicy: null, allowIntegerValues: false));
        options.Converters.Add(new FinancialYearConverter());
        options.Converters.Add(new LocalDateConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Says what System.Text.Json found wrong in words a person writing the file understands.</summary>
    internal static string Reword(JsonException exception)
    {
        var message = PathSuffix().Replace(exception.Message, string.Empty).Trim();
        if (exception.InnerException?.GetType().Name == "JsonReaderException")
        {
            return "malformed JSON: " + message;
        }
        if (UnmappedMember().Match(message) is { Success: true } unmapped)
        {
            return $"unexpected property \"{unmapped.Groups["name"].Value}\": it is not part of the format (check its spelling against seeds/README.md)";
        }
        if (MissingRequired().Match(message) is { Success: true } missing)
        {
            return $"expected the required property {missing.Groups["names"].Value.Replace('\'', '"')}, but it is missing";
        }
        if (NullNotAllowed().Match(message) is { Success: true } notNull)
        {
            return $"expected a value for \"{JsonNamingPolicy.CamelCase.ConvertName(notNull.Groups["name"].Value)}\", but found null";
        }
        if (CannotConvert().Match(message) is { Success: true } convert)
        {
            return $"expected {Describe(MemberType(convert.Groups["type"].Value, exception.Path))}";
        }
        return message.Length > 0 ? message : "expected well-formed JSON";
    }

    /// <summary>
    /// System.Text.Json names the declaring type when a constructor parameter cannot be converted,
    /// so the member's own type is found from the last property name in the path.
    /// </summary>
    private static Type? MemberType(string typeName, string? path)
    {
        var type = typeof(DataFileJson).Assembly.GetType(typeName) ?? Type.GetType(typeName);
        var member = path is null ? null : LastProperty().Match(path) is { Success: true } match ? match.Groups["name"].Value : null;
        var property = member is null ? null : type?.GetProperty(member, System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.IgnoreCase);
        var memberType = property?.PropertyType ?? type;
        return memberType is null ? null : Nullable.GetUnderlyingType(memberType) ?? memberType;
    }

    private static string Describe(Type? type)
    {
        var typeName = type?.FullName ?? string.Empty;
        if (type is { IsEnum: true })
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(name => $"\"{name}\""));
        }
        return typeName switch
        {
            "System.Int32" or "System.Int64" => "a whole number",
            "System.Decimal" or "System.Double" => "a number",
            "System.String" => "text in quotes",
            "System.Boolean" => "true or false",
            _ when typeName.StartsWith("System.Collections.Generic.IReadOnlyList", StringComparison.Ordinal) => "a list in square brackets",
            _ => $"a value of the kind the format describes ({type?.Name ?? "unknown"})",
        };
    }

    private sealed class FinancialYearConverter : JsonConverter<FinancialYear>
    {
        public override FinancialYear Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                throw new JsonException("Expected a financial year in quotes, such as \"2015-16\".");
            }
            try
            {
                return FinancialYear.Parse(reader.GetString()!);
            }
            catch (FormatException exception)
            {
                throw new JsonException(exception.Message, exception);
            }
        }

        public override void Write(Utf8JsonWriter writer, FinancialYear value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Label);
    }

    private sealed class LocalDateConverter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            var result = text is null ? null : LocalDatePattern.Iso.Parse(text);
            if (result is not { Success: true })
            {
                throw new JsonException("Expected a date in quotes as yyyy-MM-dd, such as \"2015-04-22\".");
            }
            return result.Value;
        }

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
    }

    [GeneratedRegex(@"\.(?<name>\w+)$")]
    private static partial Regex LastProperty();

    [GeneratedRegex(@"\s*Path: .*$", RegexOptions.Singleline)]
    private static partial Regex PathSuffix();

    [GeneratedRegex(@"The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex(@"missing required properties including: (?<names>.*?)\.?$")]
    private static partial Regex MissingRequired();

    [GeneratedRegex(@"(?:parameter|property(?: or field)?) '(?<name>[^']*)' on type '[^']*' doesn't allow (?:setting )?null values")]
    private static partial Regex NullNotAllowed();

    [GeneratedRegex(@"could not be converted to (?<type>[\w.`\[\], =]+?)\.?$")]
    private static partial Regex CannotConvert();
}
