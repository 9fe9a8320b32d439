using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Jävig närvarade (in a nämnd or utskott, a disqualified member stayed in the room during the handling).</summary>
internal sealed class DisqualifiedMemberPresentRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "KL-6-30-JAV-NARVARO",
        Name = new("Jävig närvarade", "Disqualified member present"),
        Description = new(
            "I en nämnd får den som är jävig varken delta eller närvara vid handläggningen (gäller inte fullmäktige).",
            "In a committee a disqualified member may neither take part nor be present during the handling (not for the council)."),
        Message = new("{member} var jävig i § {paragraph} men närvarade vid handläggningen.", "{member} was disqualified in § {paragraph} but stayed present during the handling."),
        Basis = KommunallagenBasis.Cite("6 kap. 30 §", "ch. 6 s. 30"),
        DefaultSeverity = Severity.Error,
        Tags = ["procedure", "meeting", "disqualification"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<DisqualifiedMember>(d => d.RemainedPresent && d.Body != BodyKind.Council)
            .Then((ctx, d) => ctx.Report(d.Path, ("member", d.Name), ("paragraph", d.Paragraph)));
}
