using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Plans.Rules;

/// <summary>Insats utan ansvarig (an activity has no owner).</summary>
internal sealed class ActivityWithoutOwnerRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "PLAN-INSATS-UTAN-ANSVARIG",
        Name = new("Insats utan ansvarig", "Activity without owner"),
        Description = new(
            "Varje insats ska ha en ansvarig, så att den kan resurssättas och följas upp.",
            "Every activity is to have an owner, so that it can be resourced and followed up."),
        Message = new(
            "Insatsen \"{activity}\" saknar ansvarig.",
            "The activity \"{activity}\" has no owner."),
        Basis = PlanBases.TimeAndResources,
        DefaultSeverity = Severity.Error,
        Tags = ["plan", "activity"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<PlanActivityFact>(a => string.IsNullOrWhiteSpace(a.Owner))
            .Then((ctx, a) => ctx.Report($"{a.Path}.owner", ("activity", a.Description)));
}
