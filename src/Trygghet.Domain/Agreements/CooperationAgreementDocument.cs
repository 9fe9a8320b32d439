namespace Trygghet.Domain.Agreements;

/// <summary>The descriptor of the kind <see cref="CooperationAgreement"/>.</summary>
internal static class CooperationAgreementDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<CooperationAgreement>(
        DocumentKind.CooperationAgreement, new("samverkansöverenskommelse", "cooperation agreement"), "Samverkansöverenskommelse (cooperation agreement) between a municipality and a local police area.", Facts.AgreementFacts.From, Rules.AgreementRules.All);
}
