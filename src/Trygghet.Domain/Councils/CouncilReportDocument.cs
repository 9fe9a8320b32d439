using Trygghet.Domain.Common;
using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Councils.Rules;

namespace Trygghet.Domain.Councils;

internal static class CouncilReportDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<SafetyCouncilReport>(
        DocumentKind.CouncilReport,
        new("återrapportering", "council report"),
        "Återrapportering från ett råd (a council's report).",
        CouncilFacts.From,
        CouncilRules.All);
}
