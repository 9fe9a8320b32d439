using Trygghet.Domain.Agreements;
using Trygghet.Domain.Councils;
using Trygghet.Domain.Finance;
using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Promises;

namespace Trygghet.Domain.Validation;

/// <summary>How a finding on the document's own commitment names the document: its case number, else its title.</summary>
internal static class DocumentReference
{
    public static LocalizedText Of(IDocument document)
    {
        var caseNumber = document switch
        {
            CooperationAgreement a => a.CaseNumber,
            CitizenPromise p => p.CaseNumber,
            ActionProgramme p => p.CaseNumber,
            PublicCivicPartnership p => p.CaseNumber,
            AppropriationDecision d => d.CaseNumber,
            SafetyCouncilReport r => r.CaseNumber,
            _ => null,
        };
        var text = caseNumber?.ToString() ?? $"\"{document.Title}\"";
        return new LocalizedText(text, text);
    }
}
