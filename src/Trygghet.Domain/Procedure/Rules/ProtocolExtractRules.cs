using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Regler för protokollsutdrag (the extract's own rules). The procedure rules of <see cref="ProcedureRules"/> judge
/// the extract's paragraphs too, on the facts the extract records.
/// </summary>
internal static class ProtocolExtractRules
{
    /// <summary>All extract rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new ExtractCertificationNotRecordedRule(),
    ];
}
