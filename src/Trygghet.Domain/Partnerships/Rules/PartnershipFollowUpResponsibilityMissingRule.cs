using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Partnerships.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Partnerships.Rules;

/// <summary>IOP utan ansvar för uppföljning (follow-up responsibility missing from a proposed or agreed partnership).</summary>
internal sealed class PartnershipFollowUpResponsibilityMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "IOP-UPPFOLJNINGSANSVAR-SAKNAS",
        Name = new("IOP utan ansvar för uppföljning", "IOP without follow-up responsibility"),
        Description = new(
            "Ett förslag till eller en överenskommelse om IOP ska ange ansvar för uppföljning; IOP är inte lagreglerat, så villkoren sätts i varje överenskommelse.",
            "A proposed or agreed IOP is to state its follow-up responsibility; IOP is not regulated in law, so the terms are set in each agreement."),
        Message = new(
            "IOP med {partner} anger inte ansvar för uppföljning ({stage}).",
            "The IOP with {partner} does not state its follow-up responsibility ({stage})."),
        Basis = PartnershipBases.TermsOfAgreement,
        DefaultSeverity = Severity.Error,
        Tags = ["partnership"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PartnershipTermFact>(t => t.Term == PartnershipTerm.FollowUpResponsibility && !t.IsStated && t.Stage != PartnershipStage.Investigation)
            .Then((ctx, t) => ctx.Report(t.Path, ("partner", t.Partner), ("stage", PartnershipText.StageName(t.Stage))));
}
