using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Plans.Rules;
using Trygghet.Domain.Tests.Plans.Rules;
using Trygghet.Domain.Tests.Rules;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>
/// Laws of the plan's declared structure: a plan is held only to the structure it declares. A plan that declares
/// nothing never gets a structure finding, and declaring more never excuses a gap found before.
/// </summary>
public sealed class PlanCommitmentProperties
{
    private static readonly Gen<PlanActivity> Activity =
        from description in Gen.Elements("Trygghetsvandring", "Utbildning", "Nätverksträff")
        from period in Gen.OneOf(Gen.Constant<DateRange?>(null), DomainGenerators.Range.Select(r => (DateRange?)r))
        from owner in Gen.Elements<string?>(null, "", " ", "Socialkontoret")
        select new PlanActivity(description) { Period = period, Owner = owner };

    private static readonly Gen<FollowUpMethod> Method =
        Gen.Elements(Enum.GetValues<FollowUpCadence>()).Select(c => new FollowUpMethod("Mätning", c));

    private static readonly Gen<Indicator> IndicatorGen =
        from methods in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Method, n))
        from activities in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(Activity, n))
        select new Indicator("Tryggheten ökar") { FollowUps = [.. methods], Activities = [.. activities] };

    private static readonly Gen<SubGoal> SubGoalGen =
        from number in Gen.Choose(1, 9)
        from indicators in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(IndicatorGen, n))
        select new SubGoal(number, "Delmål") { Indicators = [.. indicators] };

    private static readonly Gen<FocusArea> Area =
        from goals in Gen.Choose(0, 2).SelectMany(n => Gen.ArrayOf(SubGoalGen, n))
        from activities in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Activity, n))
        select new FocusArea(1, "Område") { SubGoals = [.. goals], Activities = [.. activities] };

    private static readonly Gen<PlanCommitments> Commitments =
        Gen.ArrayOf(Gen.Elements(true, false), PlanCommitmentsTests.Declaring.Count).Select(flags =>
            PlanCommitmentsTests.Declaring.Values.Where((_, i) => flags[i]).Aggregate(PlanCommitments.None, (c, declare) => declare(c)));

    private static readonly Gen<ActionProgramme> Plan =
        from areas in Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Area, n))
        from span in Gen.OneOf(Gen.Constant<DateRange?>(null), DomainGenerators.Range.Select(r => (DateRange?)r))
        select new ActionProgramme("Handlingsplan", "Exempelby kommun") { FocusAreas = [.. areas], Span = span };

    private static string[] StructureFindings(ActionProgramme plan, DateOnly asOf) =>
        RuleHarness.Lines(RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(plan), asOf))
            .Where(l => PlanCommitmentsTests.Declaring.Keys.Any(id => l.StartsWith(id + " ", StringComparison.Ordinal))).ToArray();

    [DomainProperty]
    public Property PlanDeclaringNothing_NeverGetsAStructureFinding() =>
        Prop.ForAll(Arb.From(Plan), Dates, (plan, asOf) => StructureFindings(plan, asOf).Length == 0);

    [DomainProperty]
    public Property DeclaringMore_NeverExcusesAGap() =>
        Prop.ForAll(Arb.From(Plan), Arb.From(Commitments), Arb.From(Commitments), (plan, some, more) =>
        {
            var asOf = new DateOnly(2030, 1, 1);
            var union = PlanCommitmentsTests.Declaring.Values
                .Where(declare => declare(more) == more || declare(some) == some)
                .Aggregate(PlanCommitments.None, (c, declare) => declare(c));
            var before = StructureFindings(plan with { Commitments = some }, asOf);
            var after = StructureFindings(plan with { Commitments = union }, asOf);
            return before.All(after.Contains);
        });
}
