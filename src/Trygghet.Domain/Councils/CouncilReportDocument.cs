using Trygghet.Domain.Common;
using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Councils.Rules;

namespace Trygghet.Domain.Councils;

/// <summary>The descriptor of the kind <see cref="SafetyCouncilReport"/>.</summary>
internal static class CouncilReportDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<SafetyCouncilReport>(
        DocumentKind.CouncilReport, new("återrapportering", "council report"), "Återrapportering från ett råd (a council's report).", CouncilFacts.From, CouncilRules.All);
}
