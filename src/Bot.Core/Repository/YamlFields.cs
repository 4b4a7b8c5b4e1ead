using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bot.Core.Repository;

/// <summary>
/// Reads a YAML document straight from YamlDotNet's parser events into strings, lists and case-insensitive
/// dictionaries: front matter needs no object mapping, and skipping the deserializer halves the cost of a full index.
/// Plain <c>null</c>, <c>~</c> and empty scalars are null; aliases are not followed.
/// </summary>
internal static class YamlFields
{
    private const int MaxDepth = 64;

    public static object? Read(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (parser.TryConsume<StreamEnd>(out _))
        {
            return null;
        }

        parser.Consume<DocumentStart>();
        var value = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, 0);
        parser.Consume<DocumentEnd>();
        return value;
    }

    private static object? ReadNode(IParser parser, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FrontMatterException($"YAML nested deeper than {MaxDepth} levels");
        }

        switch (parser.Consume<NodeEvent>())
        {
            case Scalar scalar:
                return scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL" ? null : scalar.Value;
            case SequenceStart:
                var list = new List<object?>();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    list.Add(ReadNode(parser, depth + 1));
                }

                return list;
            case MappingStart:
                var map = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var key = ReadNode(parser, depth + 1);
                    var value = ReadNode(parser, depth + 1);
                    // A repeated key keeps its last value, as Psych (Jekyll) and go-yaml v2 (Hugo 0.111) read it.
                    map[FrontMatterValues.AsString(key) ?? string.Empty] = value;
                }

                return map;
            default:
                return null;
        }
    }
}
