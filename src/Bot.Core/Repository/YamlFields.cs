using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Bot.Core.Repository;

/// <summary>
/// Reads a YAML document straight from YamlDotNet's parser events into strings, lists and case-insensitive
/// dictionaries: front matter needs no object mapping, and skipping the deserializer halves the cost of a full index.
/// Plain <c>null</c>, <c>~</c> and empty scalars are null. Anchors, aliases and <c>&lt;&lt;</c> merge keys are read
/// as Hexo (js-yaml) reads them; an alias shares the anchored value, and what aliases would expand to is counted so
/// that a document whose aliases reach past <see cref="MaxAliasedValues"/> values (an "alias bomb") is refused.
/// </summary>
internal sealed class YamlFields
{
    /// <summary>Values that aliases may expand to in one document; real front matter repeats a handful.</summary>
    public const int MaxAliasedValues = 10_000;

    private const int MaxDepth = 64;

    private readonly Scanner scanner;
    private readonly Parser parser;
    private readonly Func<string, object?>? plainScalar;
    private readonly Dictionary<AnchorName, Node> anchors = [];
    private long aliasedValues;

    private YamlFields(string yaml, Func<string, object?>? plainScalar)
    {
        this.plainScalar = plainScalar;
        scanner = new Scanner(new StringReader(yaml));
        parser = new Parser(scanner);
    }

    /// <param name="plainScalar">Types a plain (unquoted) scalar, e.g. as a generator's YAML schema does; null keeps text.</param>
    public static object? Read(string yaml, Func<string, object?>? plainScalar = null) => new YamlFields(yaml, plainScalar).ReadDocument();

    private object? ReadDocument()
    {
        try
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var value = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(0).Value;
            parser.Consume<DocumentEnd>();
            return value;
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner throws this without a position on some malformed text; where it stopped is the place.
            throw new YamlException(scanner.CurrentPosition, scanner.CurrentPosition, "malformed text here", ex);
        }
    }

    private Node ReadNode(int depth, bool isKey = false)
    {
        if (depth > MaxDepth)
        {
            throw new FrontMatterException($"YAML nested deeper than {MaxDepth} levels");
        }

        if (parser.TryConsume<AnchorAlias>(out var alias))
        {
            return Dereference(alias, depth);
        }

        var nodeEvent = parser.Consume<NodeEvent>();
        var node = nodeEvent switch
        {
            Scalar scalar => new Node(ScalarValue(scalar, isKey), 1, 0),
            SequenceStart => ReadSequence(depth),
            MappingStart => ReadMapping(depth),
            _ => new Node(null, 1, 0),
        };

        if (!nodeEvent.Anchor.IsEmpty)
        {
            anchors[nodeEvent.Anchor] = node;
        }

        return node;
    }

    private Node Dereference(AnchorAlias alias, int depth)
    {
        if (!anchors.TryGetValue(alias.Value, out var node))
        {
            throw new YamlException(alias.Start, alias.End, $"alias *{alias.Value} refers to no anchor before it");
        }

        aliasedValues += node.Count;
        if (aliasedValues > MaxAliasedValues)
        {
            throw new FrontMatterException($"YAML aliases expand past {MaxAliasedValues} values (line {alias.Start.Line}); refused");
        }

        if (depth + node.Height > MaxDepth)
        {
            throw new FrontMatterException($"YAML nested deeper than {MaxDepth} levels through alias *{alias.Value}");
        }

        return node;
    }

    private Node ReadSequence(int depth)
    {
        var list = new List<object?>();
        long count = 1;
        var height = 0;
        while (!parser.TryConsume<SequenceEnd>(out _))
        {
            var item = ReadNode(depth + 1);
            list.Add(item.Value);
            count += item.Count;
            height = Math.Max(height, item.Height + 1);
        }

        return new Node(list, count, height);
    }

    private Node ReadMapping(int depth)
    {
        var map = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        var merged = new List<object>();
        long count = 1;
        var height = 0;
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var isMergeKey = parser.Accept<Scalar>(out var keyScalar) && keyScalar is { Value: "<<", Style: ScalarStyle.Plain };
            var key = ReadNode(depth + 1, isKey: true);
            var value = ReadNode(depth + 1);
            count += key.Count + value.Count;
            height = Math.Max(height, Math.Max(key.Height, value.Height) + 1);
            if (isMergeKey && value.Value is Dictionary<string, object?> or List<object?>)
            {
                merged.Add(value.Value);
            }
            else
            {
                // A repeated key keeps its last value, as Psych (Jekyll) and go-yaml v2 (Hugo 0.111) read it.
                map[FrontMatterValues.AsString(key.Value) ?? string.Empty] = value.Value;
            }
        }

        // Keys written in the mapping win over merged ones wherever the merge key stands.
        foreach (var source in merged)
        {
            var sources = source is List<object?> list ? list.OfType<Dictionary<string, object?>>() : [(Dictionary<string, object?>)source];
            foreach (var entry in sources.SelectMany(s => s))
            {
                map.TryAdd(entry.Key, entry.Value);
            }
        }

        return new Node(map, count, height);
    }

    private object? ScalarValue(Scalar scalar, bool isKey) =>
        scalar.Style == ScalarStyle.Plain && plainScalar is not null && !isKey ? plainScalar(scalar.Value)
        : IsNull(scalar) ? null : scalar.Value;

    private static bool IsNull(Scalar scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>A value read, with how many values it holds (itself included) and how deep it goes.</summary>
    private readonly record struct Node(object? Value, long Count, int Height);
}
