using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Common;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Plans.Rules;
using Trygghet.Domain.Samples;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>Laws of the plan rules on the Bro plan: recording follow-ups can only remove missed-follow-up findings.</summary>
public sealed class PlanRuleProperties
{
    private static readonly ActionProgramme Bro = SeedCatalogue.SociallySustainableBroPlan;

    /// <summary>Recorded days (as offsets from 2020-01-01) for each of the plan's follow-up methods, in order, and an as-of offset.</summary>
    private sealed record Case(int[][] Recorded, int AsOf);

    private static readonly int MethodCount = Methods(Bro).Count();

    private static readonly Gen<Case> CaseGen =
        from recorded in Gen.ArrayOf(Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 2500), n)), MethodCount)
        from asOf in Gen.Choose(0, 2600)
        select new Case(recorded, asOf);

    private static IEnumerable<Case> Shrink(Case c)
    {
        for (var m = 0; m < c.Recorded.Length; m++)
        {
            for (var i = 0; i < c.Recorded[m].Length; i++)
            {
                var copy = c.Recorded.ToArray();
                copy[m] = [.. c.Recorded[m].Take(i), .. c.Recorded[m].Skip(i + 1)];
                yield return c with { Recorded = copy };
            }
        }
    }

    private static readonly Arbitrary<Case> Cases = Arb.From(CaseGen, Shrink);

    private static readonly DateOnly Origin = new(2020, 1, 1);

    private static IEnumerable<FollowUpMethod> Methods(ActionProgramme plan) =>
        plan.FocusAreas.SelectMany(a => a.SubGoals).SelectMany(g => g.Indicators).SelectMany(i => i.FollowUps);

    private static ActionProgramme AddRecorded(ActionProgramme plan, Func<int, IEnumerable<DateOnly>> days)
    {
        var index = 0;
        return plan with
        {
            FocusAreas = [.. plan.FocusAreas.Select(a => a with
            {
                SubGoals = [.. a.SubGoals.Select(g => g with
                {
                    Indicators = [.. g.Indicators.Select(i => i with
                    {
                        FollowUps = [.. i.FollowUps.Select(m => m with { Recorded = [.. m.Recorded, .. days(index++)] })],
                    })],
                })],
            })],
        };
    }

    private static string[] Missed(ActionProgramme plan, DateOnly asOf) =>
        RuleHarness.Lines(RuleHarness.Run(ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(plan), asOf, evaluationDate: new DateOnly(2024, 1, 1)))
            .Where(l => l.StartsWith("PLAN-UPPFOLJNING-MISSAD", StringComparison.Ordinal)).ToArray();

    [DomainProperty]
    public Property RecordingMoreFollowUps_NeverAddsAMissedFinding() =>
        Prop.ForAll(Cases, Cases, (first, more) =>
        {
            var asOf = Origin.AddDays(first.AsOf);
            var some = AddRecorded(Bro, m => first.Recorded[m].Select(Origin.AddDays));
            var most = AddRecorded(some, m => more.Recorded[m].Select(Origin.AddDays));
            var before = Missed(some, asOf);
            var after = Missed(most, asOf);
            return after.All(before.Contains) && after.Length <= before.Length;
        });

    [DomainProperty]
    public Property FollowUpsOnEveryNewYearsEve_LeaveNothingMissed() =>
        Prop.ForAll(Dates, asOf =>
        {
            var everyYear = AddRecorded(Bro, _ => Enumerable.Range(2020, 6).Select(y => new DateOnly(y, 12, 31)));
            return Missed(everyYear, asOf).Length == 0;
        });
}
