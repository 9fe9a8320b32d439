using System.Collections.Immutable;

namespace Trygghet.Domain.Rules.Runtime;

/// <summary>
/// Makes the findings of a session (a rule's report, or the engine's own): the message filled in both languages,
/// the document basis named. Shared by <see cref="RuleSession"/> and other engines (Trygghet.Domain.NRules).
/// </summary>
internal static class FindingFactory
{
    /// <summary>The argument that names the document a document-basis finding cites (<see cref="RuleSession.DocumentArgument"/>).</summary>
    public const string DocumentArgument = "document";

    private static readonly LocalizedText UnnamedDocument = new("det granskade dokumentet", "the validated document");

    /// <summary>The engine's finding that no version of rule <paramref name="ruleId"/> is in force on <paramref name="date"/>.</summary>
    public static Finding NoVersionFinding(SessionOptions options, string ruleId, DateOnly date, object trigger)
    {
        ReadOnlySpan<(string, object?)> arguments = [("ruleId", ruleId), ("date", date)];
        return CreateFinding(options, EngineFindings.NoVersionInForce, JsonPath.Root, [trigger], arguments);
    }

    /// <summary>A finding of rule <paramref name="meta"/>, its message filled from <paramref name="arguments"/>.</summary>
    public static Finding CreateFinding(
        SessionOptions options,
        RuleMetadata meta, string path, ImmutableArray<object> matched, ReadOnlySpan<(string Name, object? Value)> arguments)
    {
        var args = ImmutableArray.CreateBuilder<KeyValuePair<string, object?>>(arguments.Length);
        LocalizedText? document = null;
        foreach (var (name, value) in arguments)
        {
            args.Add(new KeyValuePair<string, object?>(name, value));
            if (name == DocumentArgument && value is not null)
            {
                document = value as LocalizedText ?? new LocalizedText(MessageTemplate.Format(value), MessageTemplate.Format(value));
            }
        }

        var message = meta.Message;
        return new Finding
        {
            RuleId = meta.Id,
            MessageKey = meta.MessageKey,
            Severity = meta.DefaultSeverity,
            Message = new LocalizedText(
                MessageTemplate.Fill(message.Swedish, meta.Id, arguments, MessageCatalogue.Swedish),
                MessageTemplate.Fill(message.English, meta.Id, arguments, MessageCatalogue.English)),
            Basis = meta.Basis.Kind == BasisKind.Document
                ? meta.Basis.WithDocument(document ?? options.Document ?? UnnamedDocument)
                : meta.Basis,
            Path = JsonPath.FromRoot(path),
            Facts = matched,
            Arguments = args.MoveToImmutable(),
        };
    }
}
