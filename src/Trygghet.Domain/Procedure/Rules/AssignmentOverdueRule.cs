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
        Name = new("Uppdrag försenat", "Assignment overdue"),
        Description = new(
            "Ett uppdrag som beslutet ger med en tidpunkt för återrapportering ska återrapporteras senast då (verkställighet och återrapportering av beslut).",
            "An assignment the decision gives with a day to report back must be reported back by then (execution and reporting back of decisions)."),
        Message = new(
            "Uppdraget till {assignee} i § {paragraph} skulle återrapporteras senast {due} och är inte återrapporterat per {asOf}.",
            "The assignment to {assignee} in § {paragraph} was to be reported back by {due} and is not reported back as of {asOf}."),
        Basis = LegalBasis.Documentary(new("Protokollets beslut med uppdrag och tidpunkt för återrapportering", "The protocol's decision giving the assignment and its day to report back")),
        DefaultSeverity = Severity.Warning,
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
