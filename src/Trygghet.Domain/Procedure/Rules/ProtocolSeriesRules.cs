using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Regler för protokollserier (the rules on a body's series of protocols and its delegated decisions).</summary>
internal static class ProtocolSeriesRules
{
    /// <summary>All series rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new NonDelegableMatterRule(),
        new UrgentDecisionNotReportedRule(),
        new UnreportedDecisionNotAnnouncedRule(),
    ];
}
