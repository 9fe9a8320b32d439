using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>Uppdrag försenat (an assignment past the deadline its decision set, not reported back by the as-of day).</summary>
internal sealed class AssignmentOverdueRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PROT-UPPDRAG-FORSENAT",
        Basis = LegalBasis.Document(new("beslutet med uppdraget och dess tid för återrapportering", "the decision giving the assignment and its day to report back")),
        Tags = ["procedure", "assignment", "follow-up"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<AssignmentDue>()
            .Then((ctx, a) =>
            {
                if (ctx.AsOf > a.Due && (a.ReportedBack is not { } r || r > ctx.AsOf))
                {
                    ctx.Report(a.Path, ("assignee", a.Assignee), ("paragraph", a.Paragraph), ("due", a.Due), ("asOf", ctx.AsOf));
                }
            });
}
