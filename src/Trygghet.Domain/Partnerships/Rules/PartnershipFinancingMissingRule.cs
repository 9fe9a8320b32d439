using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Partnerships.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Partnerships.Rules;

/// <summary>IOP utan finansiering (financing missing from a proposed or agreed partnership).</summary>
internal sealed class PartnershipFinancingMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "IOP-FINANSIERING-SAKNAS",
        Name = new("IOP utan finansiering", "IOP without financing"),
        Description = new(
            "Ett förslag till eller en överenskommelse om IOP ska ange finansiering; IOP är inte lagreglerat, så villkoren sätts i varje överenskommelse.",
            "A proposed or agreed IOP is to state its financing; IOP is not regulated in law, so the terms are set in each agreement."),
        Message = new(
            "IOP med {partner} anger inte finansiering ({stage}).",
            "The IOP with {partner} does not state its financing ({stage})."),
        Basis = PartnershipBases.TermsOfAgreement,
        DefaultSeverity = Severity.Error,
        Tags = ["partnership"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PartnershipTermFact>(t => t.Term == PartnershipTerm.Financing && !t.IsStated && t.Stage != PartnershipStage.Investigation)
            .Then((ctx, t) => ctx.Report(t.Path, ("partner", t.Partner), ("stage", PartnershipText.StageName(t.Stage))));
}
