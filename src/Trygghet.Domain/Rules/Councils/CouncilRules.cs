using System.Collections.Immutable;

namespace Trygghet.Domain.Rules.Councils;

/// <summary>Rådsregler (the default rules for safety council reports).</summary>
public static class CouncilRules
{
    /// <summary>All council rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new CouncilReportMissedRule(),
        new CitizenDialogueMissedRule(),
    ];
}
