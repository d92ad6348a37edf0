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
        // Malformed JSON is reported by the deserialiser with its own line; keep what was found.
        Walk(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }, token =>
        {
            if (wanted.Contains(token.Path))
            {
                found.TryAdd(token.Path, token.Line);
            }
            return found.Count < wanted.Count;
        });
        return found;
    }

    /// <summary>
    /// Finds every null in a list, and every null value of an object inside <paramref name="objectsWithoutNulls"/>
    /// (such as a progress update's "ratings"), with its path and line: no list of the data files
    /// may hold a null.
    /// </summary>
    internal static List<(string Path, long Line)> FindNullElements(ReadOnlySpan<byte> json, Func<string, bool> objectsWithoutNulls)
    {
        var found = new List<(string Path, long Line)>();
        // Malformed JSON is reported by the deserialiser.
        Walk(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 }, token =>
        {
            if (token.Type == JsonTokenType.Null && token.Parent is { } parent && (parent.IsArray || objectsWithoutNulls(parent.Path)))
            {
                found.Add((token.Path, token.Line));
            }
            return true;
        });
        return found;
    }

    /// <summary>A token met by <see cref="Walk"/>: its kind, its path (a property name's own path for a name), its line, and the container it is in.</summary>
    private readonly record struct Token(JsonTokenType Type, string Path, long Line, Frame? Parent);

    /// <summary>Reads a document token by token, keeping the path and line of each, until the visitor says stop or the JSON is malformed.</summary>
    private static void Walk(ReadOnlySpan<byte> json, JsonReaderOptions options, Func<Token, bool> visit)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }
        var reader = new Utf8JsonReader(json, options);
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
                var parent = stack.Count > 0 ? stack[^1] : null;
                string path;
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        parent!.Property = reader.GetString();
                        path = PropertyPath(parent.Path, parent.Property!);
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        path = ValuePath(parent);
                        stack.Add(new Frame(path, reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        continue;
                    default:
                        path = ValuePath(parent);
                        break;
                }
                if (!visit(new Token(reader.TokenType, path, line, parent)))
                {
                    return;
                }
            }
        }
        catch (JsonException)
        {
            // The callers' deserialiser reports malformed JSON; the walk keeps what it found.
        }
    }

    private static string ValuePath(Frame? container)
    {
        if (container is null)
        {
            return "$";
        }
        if (container.IsArray)
        {
            container.Index++;
            return $"{container.Path}[{container.Index}]";
        }
        return PropertyPath(container.Path, container.Property!);
    }

    internal static string PropertyPath(string parent, string property) =>
        property.All(character => char.IsAsciiLetterOrDigit(character) || character == '_')
            ? $"{parent}.{property}"
            : $"{parent}['{property}']";
}
