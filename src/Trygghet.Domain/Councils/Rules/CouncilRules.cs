using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Councils.Rules;

/// <summary>Rådsregler (the default rules for safety council reports).</summary>
internal static class CouncilRules
{
    /// <summary>All council rules.</summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        new CouncilReportMissedRule(),
        new CitizenDialogueMissedRule(),
        TooVagueRule.CouncilReport,
        TooVagueRule.CitizenDialogue,
    ];
}
