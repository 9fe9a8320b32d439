using Trygghet.Domain.Promises.Rules;

namespace Trygghet.Domain.Promises;

/// <summary>The kind <see cref="CitizenPromise"/>: its descriptor with its rules.</summary>
internal static class CitizenPromiseDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<CitizenPromise>(
        DocumentKind.CitizenPromise,
        new("medborgarlöfte", "citizen promise"),
        "Medborgarlöfte (citizen promise) of a municipality and a local police area.",
        Facts.PromiseFacts.From,
        [
            new PromiseDecisionMissingRule(),
            CommitmentRule.Missed,
            CommitmentRule.AtRisk,
            new UnknownCommitmentActivityRule(),
            new PromiseOutsideAgreementRule(),
            new PromiseAgreementMissingRule(),
        ]);
}
