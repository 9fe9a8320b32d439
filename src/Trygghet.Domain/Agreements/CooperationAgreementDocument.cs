using Trygghet.Domain.Agreements.Rules;

namespace Trygghet.Domain.Agreements;

/// <summary>The kind <see cref="CooperationAgreement"/>: its descriptor with its rules.</summary>
internal static class CooperationAgreementDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<CooperationAgreement>(
        DocumentKind.CooperationAgreement,
        new("samverkansöverenskommelse", "cooperation agreement"),
        "Samverkansöverenskommelse (cooperation agreement) between a municipality and a local police area.",
        Facts.AgreementFacts.From,
        // Every agreement rule (both versions of SOK-SYFTE-OMRADEN).
        [
            ValidityRule.NotStarted,
            ValidityRule.Expiring,
            ValidityRule.Expired,
            PartyKindMissingRule.Parties,
            PartyKindMissingRule.Signatories,
            new AreaCommitmentMissingRule(),
            new MeasureNumberRule(),
            FollowUpMissedRule.HalfTime,
            FollowUpMissedRule.Quarterly,
            FollowUpMissedRule.Periodic,
            new PurposeAndAreasStatedPracticeRule(),
            new PurposeAndAreasStatedRule(),
        ]);
}
