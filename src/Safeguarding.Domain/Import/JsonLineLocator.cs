using System.Text.Json;

namespace Safeguarding.Domain.Import;

/// <summary>
/// Finds the line of a JSON path (in System.Text.Json's own form, "$.plan.priorities[0].title")
/// so that an error found after reading can still name its line.
/// </summary>
internal static class JsonLineLocator
{
    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int Index { get; set; } = -1;
        public string? Property { get; set; }
    }

    internal static Dictionary<string, long> Locate(ReadOnlySpan<byte> json, IReadOnlyCollection<string> paths)
    {
        var wanted = new HashSet<string>(paths, StringComparer.Ordinal);
        var found = new Dictionary<string, long>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new List<Frame>();
        long line = 1;
        var scanned = 0;
        try
        {
            while (reader.Read() && found.Count < wanted.Count)
            {
                var start = (int)reader.TokenStartIndex;
                for (; scanned < start; scanned++)
                {
                    if (json[scanned] == (byte)'\n')
                    {
                        line++;
                    }
                }
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var frame = stack[^1];
                        frame.Property = reader.GetString();
                        Record(PropertyPath(frame.Path, frame.Property!), line);
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var containerPath = ValuePath();
                        Record(containerPath, line);
                        stack.Add(new Frame(containerPath, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        Record(ValuePath(), line);
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the deserialiser with its own line; keep what was found.
        }
        return found;

        string ValuePath()
        {
            if (stack.Count == 0)
            {
                return "$";
            }
            var top = stack[^1];
            if (top.IsArray)
            {
                top.Index++;
                return $"{top.Path}[{top.Index}]";
            }
            return PropertyPath(top.Path, top.Property!);
        }

        void Record(string path, long lineNumber)
        {
            if (wanted.Contains(path))
            {
                found.TryAdd(path, lineNumber);
            }
        }
    }

    /// <summary>
    /// Finds every null in a list, and every null value of an object inside <paramref name="objectsWithoutNulls"/>
    /// (such as a progress update's "ratings"), with its path and line: no list of the data files
    /// may hold a null.
    /// </summary>
    internal static List<(string Path, long Line)> FindNullElements(ReadOnlySpan<byte> json, Func<string, bool> objectsWithoutNulls)
    {
        var found = new List<(string Path, long Line)>();
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
        var stack = new List<Frame>();
        long line = 1;
        var scanned = 0;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                for (; scanned < start; scanned++)
                {
                    if (json[scanned] == (byte)'\n')
                    {
                        line++;
                    }
                }
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        stack[^1].Property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        stack.Add(new Frame(ValuePath(), reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    case JsonTokenType.Null:
                        var inArray = stack.Count > 0 && stack[^1].IsArray;
                        var inObjectWithoutNulls = stack.Count > 0 && !stack[^1].IsArray && objectsWithoutNulls(stack[^1].Path);
                        var path = ValuePath();
                        if (inArray || inObjectWithoutNulls)
                        {
                            found.Add((path, line));
                        }
                        break;
                    default:
                        ValuePath();
                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is reported by the deserialiser.
        }
        return found;

        string ValuePath()
        {
            if (stack.Count == 0)
            {
                return "$";
            }
            var top = stack[^1];
            if (top.IsArray)
            {
                top.Index++;
                return $"{top.Path}[{top.Index}]";
            }
            return PropertyPath(top.Path, top.Property!);
        }
    }

    internal static string PropertyPath(string parent, string property) =>
        property.All(character => char.IsAsciiLetterOrDigit(character) || character == '_')
            ? $"{parent}.{property}"
            : $"{parent}['{property}']";
}
