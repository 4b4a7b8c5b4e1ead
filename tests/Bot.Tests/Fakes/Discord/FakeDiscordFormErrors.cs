using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Bot.Tests.Fakes.Discord;

/// <summary>
/// Collects field errors the way Discord reports them for 50035 Invalid Form Body: nested by path, each leaf an
/// <c>_errors</c> list of <c>{code, message}</c>.
/// </summary>
public sealed class FakeDiscordFormErrors
{
    private readonly List<(string Path, string Code, string Message)> errors = [];

    public bool Any => errors.Count > 0;

    /// <summary>Dotted paths of every error, e.g. <c>embeds.0.title</c>.</summary>
    public IReadOnlyList<string> Paths => [.. errors.Select(e => e.Path)];

    public void Add(string path, string code, string message) => errors.Add((path, code, message));

    /// <summary>Adds another set of errors under a path prefix, e.g. a message body nested as <c>data</c>.</summary>
    public void Merge(string prefix, FakeDiscordFormErrors other) =>
        errors.AddRange(other.errors.Select(e => ($"{prefix}.{e.Path}", e.Code, e.Message)));

    /// <summary>Counts characters the way Discord documents its limits: Unicode scalar values, whitespace trimmed.</summary>
    public static int Length(string text) => text.Trim().EnumerateRunes().Count();

    public void MaxLength(JsonNode? node, string path, int max, int min = 0)
    {
        if (node is null)
        {
            return;
        }

        if (node.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            Add(path, "BASE_TYPE_STRING", "Must be a string.");
            return;
        }

        var length = Length(node.GetValue<string>());
        if (length > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", string.Create(CultureInfo.InvariantCulture, $"Must be {max} or fewer in length."));
        }
        else if (length < min)
        {
            Add(path, "BASE_TYPE_MIN_LENGTH", string.Create(CultureInfo.InvariantCulture, $"Must be {min} or more in length."));
        }
    }

    public void MaxItems(JsonArray? array, string path, int max)
    {
        if (array is not null && array.Count > max)
        {
            Add(path, "BASE_TYPE_MAX_LENGTH", string.Create(CultureInfo.InvariantCulture, $"Must be {max} or fewer in length."));
        }
    }

    public JsonObject ToJson()
    {
        var root = new JsonObject();
        foreach (var (path, code, message) in errors)
        {
            var node = root;
            foreach (var segment in path.Split('.'))
            {
                node = node[segment] as JsonObject ?? (JsonObject)(node[segment] = new JsonObject());
            }

            var list = node["_errors"] as JsonArray ?? (JsonArray)(node["_errors"] = new JsonArray());
            list.Add(new JsonObject { ["code"] = code, ["message"] = message });
        }

        return root;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var (path, code, message) in errors)
        {
            text.Append(path).Append(": ").Append(code).Append(' ').Append(message).AppendLine();
        }

        return text.ToString();
    }
}
