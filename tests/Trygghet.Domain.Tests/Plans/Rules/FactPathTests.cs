using System.Text.Json;
using System.Text.Json.Nodes;
using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Partnerships.Facts;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Common;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Plans.Rules;

/// <summary>Every fact path points at a real member of the document's camelCase JSON.</summary>
public sealed class FactPathTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static TheoryData<string> Documents => ["bro", "violence", "iop", "appropriations", "council"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void EveryFactPath_ResolvesInTheSerialisedSeed(string name)
    {
        var (document, facts) = name switch
        {
            "bro" => ((object)SeedCatalogue.SociallySustainableBroPlan, PlanFacts.From(SeedCatalogue.SociallySustainableBroPlan with { IsStatutoryCrimePreventionPlan = true })),
            "violence" => (SeedCatalogue.ViolenceInCloseRelationshipsPlan, PlanFacts.From(SeedCatalogue.ViolenceInCloseRelationshipsPlan)),
            "iop" => (SeedCatalogue.KvinnojourenAnnaPartnership, PartnershipFacts.From(SeedCatalogue.KvinnojourenAnnaPartnership)),
            "appropriations" => (SeedCatalogue.SafetyCommissionAppropriations, FinanceFacts.From(SeedCatalogue.SafetyCommissionAppropriations)),
            _ => (SeedCatalogue.VarmdoSafetyCouncilReport, CouncilFacts.From(SeedCatalogue.VarmdoSafetyCouncilReport)),
        };
        var root = JsonSerializer.SerializeToNode(document, document.GetType(), Web)!;
        var paths = facts.Select(f => ((IFact)f).Path).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(JsonPathResolver.Exists(root, path), $"{path} is not in the {name} JSON"));
    }

    [Fact]
    public void EveryFindingPath_OfThePlanSeeds_ResolvesInTheSerialisedSeed()
    {
        foreach (var plan in new[] { SeedCatalogue.SociallySustainableBroPlan, SeedCatalogue.ViolenceInCloseRelationshipsPlan })
        {
            var root = JsonSerializer.SerializeToNode(plan, Web)!;
            var findings = RuleHarness.Run(Trygghet.Domain.Plans.ActionProgrammeDocument.Descriptor.Rules, PlanFacts.From(plan), new DateOnly(2024, 1, 1));
            Assert.All(findings, f => Assert.True(JsonPathResolver.Exists(root, f.Path), f.Path));
        }
    }
}
