using Trygghet.Domain.Agreements.Facts;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Agreements;

/// <summary>The descriptor of the kind <see cref="CooperationAgreement"/>.</summary>
internal static class CooperationAgreementDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<CooperationAgreement>(
        DocumentKind.CooperationAgreement, new("samverkansöverenskommelse", "cooperation agreement"), "Samverkansöverenskommelse (cooperation agreement) between a municipality and a local police area.", AgreementFacts.From, AgreementRules.All);
}
