using Trygghet.Domain.Partnerships.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Partnerships.Rules;

/// <summary>
/// IOP utan villkor (a term missing from a proposed or agreed partnership: its content, follow-up responsibility,
/// validity or financing). One rule class, one instance per term.
/// </summary>
internal sealed class PartnershipTermMissingRule(string id, PartnershipTerm term)
    : DeclaredRule(new() { Id = id, Basis = PartnershipBases.TermsOfAgreement, DefaultSeverity = Severity.Info, Tags = ["partnership"] })
{
    /// <summary>IOP-INNEHALL-SAKNAS: the content is not stated.</summary>
    public static PartnershipTermMissingRule Content { get; } = new("IOP-INNEHALL-SAKNAS", PartnershipTerm.Content);

    /// <summary>IOP-UPPFOLJNINGSANSVAR-SAKNAS: the responsibility for follow-up is not stated.</summary>
    public static PartnershipTermMissingRule FollowUpResponsibility { get; } = new("IOP-UPPFOLJNINGSANSVAR-SAKNAS", PartnershipTerm.FollowUpResponsibility);

    /// <summary>IOP-GILTIGHETSTID-SAKNAS: the validity is not stated.</summary>
    public static PartnershipTermMissingRule Validity { get; } = new("IOP-GILTIGHETSTID-SAKNAS", PartnershipTerm.Validity);

    /// <summary>IOP-FINANSIERING-SAKNAS: the financing is not stated.</summary>
    public static PartnershipTermMissingRule Financing { get; } = new("IOP-FINANSIERING-SAKNAS", PartnershipTerm.Financing);

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PartnershipTermFact>(t => t.Term == term && !t.IsStated && t.Stage != PartnershipStage.Investigation)
            .Then((ctx, t) => ctx.Report(t.Path, ("partner", t.Partner), ("stage", t.Stage)));
}
