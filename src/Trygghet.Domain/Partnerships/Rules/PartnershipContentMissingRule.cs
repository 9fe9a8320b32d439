using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Partnerships.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Partnerships.Rules;

/// <summary>IOP utan innehåll (content missing from a proposed or agreed partnership).</summary>
internal sealed class PartnershipContentMissingRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "IOP-INNEHALL-SAKNAS",
        Name = new("IOP utan innehåll", "IOP without content"),
        Description = new(
            "Ett förslag till eller en överenskommelse om IOP ska ange innehåll; IOP är inte lagreglerat, så villkoren sätts i varje överenskommelse.",
            "A proposed or agreed IOP is to state its content; IOP is not regulated in law, so the terms are set in each agreement."),
        Message = new(
            "IOP med {partner} anger inte innehåll ({stage}).",
            "The IOP with {partner} does not state its content ({stage})."),
        Basis = PartnershipBases.TermsOfAgreement,
        DefaultSeverity = Severity.Error,
        Tags = ["partnership"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PartnershipTermFact>(t => t.Term == PartnershipTerm.Content && !t.IsStated && t.Stage != PartnershipStage.Investigation)
            .Then((ctx, t) => ctx.Report(t.Path, ("partner", t.Partner), ("stage", PartnershipText.StageName(t.Stage))));
}
