using Trygghet.Domain.Councils.Rules;

namespace Trygghet.Domain.Councils;

/// <summary>The kind <see cref="SafetyCouncilReport"/>: its descriptor with its rules.</summary>
internal static class CouncilReportDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<SafetyCouncilReport>(
        DocumentKind.CouncilReport,
        new("återrapportering", "council report"),
        "Återrapportering från ett råd (a council's report).",
        Facts.CouncilFacts.From,
        [
            new CouncilReportMissedRule(),
            new CitizenDialogueMissedRule(),
            TooVagueRule.CouncilReport,
            TooVagueRule.CitizenDialogue,
        ]);
}
