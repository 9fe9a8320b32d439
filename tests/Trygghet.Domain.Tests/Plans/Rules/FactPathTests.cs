using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Trygghet.Domain.Councils.Facts;
using Trygghet.Domain.Finance.Facts;
using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Partnerships.Facts;
using Trygghet.Domain.Plans.Facts;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Rules;

namespace Trygghet.Domain.Tests.Plans.Rules;

/// <summary>Every fact path points at a real member of the document's camelCase JSON.</summary>
public sealed partial class FactPathTests
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
        var paths = facts.Select(f => (string)f.GetType().GetProperty("Path")!.GetValue(f)!).ToList();
        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(Resolves(root, path), $"{path} is not in the {name} JSON"));
    }

    [Fact]
    public void EveryFindingPath_OfThePlanSeeds_ResolvesInTheSerialisedSeed()
    {
        foreach (var plan in new[] { SeedCatalogue.SociallySustainableBroPlan, SeedCatalogue.ViolenceInCloseRelationshipsPlan })
        {
            var root = JsonSerializer.SerializeToNode(plan, Web)!;
            var findings = RuleHarness.Run(Trygghet.Domain.Plans.Rules.PlanRules.All, PlanFacts.From(plan), new DateOnly(2024, 1, 1));
            Assert.All(findings.Where(f => f.Path.Length > 0), f => Assert.True(Resolves(root, f.Path), f.Path));
        }
    }

    private static bool Resolves(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (var segment in path.Split('.'))
        {
            var match = Segment().Match(segment);
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(match.Groups[1].Value, out node))
            {
                return false;
            }

            if (match.Groups[2].Success)
            {
                var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                if (node is not JsonArray array || index >= array.Count)
                {
                    return false;
                }

                node = array[index];
            }
        }

        return true;
    }

    [GeneratedRegex(@"^([a-zA-Z]+)(?:\[(\d+)\])?$")]
    private static partial Regex Segment();
}
