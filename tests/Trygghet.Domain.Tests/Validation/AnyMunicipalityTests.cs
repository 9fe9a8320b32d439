using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Promises;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Validation;

/// <summary>
/// The rules are for every municipality: documents written from scratch for another municipality are judged by
/// law, their own commitments and guidance, never by a seed document.
/// </summary>
public sealed class AnyMunicipalityTests
{
    /// <summary>What the seed documents are called and numbered: no finding about another municipality may name them.</summary>
    private static readonly string[] SeedMarks =
    [
        "Upplands-Bro", "Värmdö", "Bro 2020", "Järfälla", "2017KS/0118", "KS 18/0401", "KS 19/0178", "KS 19/0719", "KS 20/0129",
        "KS 20/0600", "KS 20/0649", "KS 20/0726", "KS 2020/66", "KS 21/0531", "KS 22/0091", "SN 18/0162", "§ 39", "§ 26", "§ 22", "§ 36", "17 mnkr",
    ];

    private static readonly CaseNumber AgreementNumber = CaseNumber.Parse("KS 2024/0456");

    private static CooperationAgreement Agreement() =>
        new(AgreementNumber, "Samverkansöverenskommelse Ekby 2024–2026", new DateRange(new(2024, 1, 1), new(2026, 12, 31)))
        {
            Purpose = "Minska brottsligheten och öka tryggheten i Ekby.",
            Parties = [new(PartyKind.Municipality, "Ekby kommun"), new(PartyKind.LocalPoliceArea, "Lokalpolisområde Ekby")],
            Signatories = [new(PartyKind.Municipality, "Kommunstyrelsens ordförande")],
            Areas =
            [
                new(1, "Trygg stadskärna") { Commitments = [AreaCommitment.Municipality("Belysning"), AreaCommitment.Police("Närvaro")] },
                new(2, "Ungdomar") { Commitments = [AreaCommitment.Municipality("Fältgrupp")] },
            ],
            ActionPlan = new ActionPlan("Åtgärdsplan")
            {
                Measures = [new(1, MeasureNumber.Parse("1:1"), "Belysning"), new(2, MeasureNumber.Parse("1:2"), "Fältgrupp")],
            },
            FollowUpStructure = new FollowUpStructure { Requirements = [new(FollowUpKind.Yearly, "Överenskommelsen följs upp årligen.")] },
        };

    private static CitizenPromise Promise() =>
        new(CaseNumber.Parse("KS 2024/0500"), "Medborgarlöfte Ekby 2024–2027", PromiseValidity.FromDecision(new(2027, 12, 31)))
        {
            AgreementCaseNumber = AgreementNumber,
            Commitments = [new("A", "Minst tre trygghetsvandringar per år") { Quota = new(3, QuotaPeriod.CalendarYear) }],
            Activities = [new(new(2024, 4, 10), "A"), new(new(2024, 9, 2), "A")],
        };

    private static ActionProgramme Plan() =>
        new("Brottsförebyggande plan Ekby", "Ekby")
        {
            CaseNumber = CaseNumber.Parse("KS 2024/0600"),
            Span = new DateRange(new(2024, 1, 1), new(2027, 12, 31)),
            IsStatutoryCrimePreventionPlan = true,
            AdoptedOn = new(2024, 2, 1),
            FocusAreas =
            [
                new(1, "Trygghet i centrum")
                {
                    SubGoals = [new(1, "Färre inbrott") { Indicators = [new("Antal anmälda inbrott") { FollowUps = [new("Polisens statistik", FollowUpCadence.NotStated)] }] }],
                    Activities = [new("Grannsamverkan")],
                },
            ],
        };

    private static Protocol ProtocolOfAnotherBoard()
    {
        var meeting = new Meeting(new Body("Kommunstyrelsen i Ekby", BodyKind.ExecutiveBoard, 11), new(2024, 5, 6))
        {
            Members = [.. "ABCDEFG".Select(c => new Member(new Person(c.ToString())))],
        };
        return new Protocol(meeting, [new Paragraph(1, "Brottsförebyggande plan") { Decision = new(DecisionOutcome.Decided) }])
            .WithAttestation(new Attestation(new(2024, 5, 30)));
    }

    public static TheoryData<string> Documents => ["agreement", "promise", "plan", "protocol"];

    private static IDocument Build(string name) => name switch
    {
        "agreement" => Agreement(),
        "promise" => Promise(),
        "plan" => Plan(),
        _ => ProtocolOfAnotherBoard(),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Validate_AnotherMunicipality_NoFindingCitesASeed(string name)
    {
        var document = Build(name);
        var findings = new[] { new DateOnly(2024, 3, 1), new DateOnly(2025, 6, 30), new DateOnly(2028, 2, 1) }
            .SelectMany(d => TrygghetValidator.Default.Validate(document, d).Findings)
            .ToList();

        Assert.NotEmpty(findings);
        foreach (var finding in findings)
        {
            foreach (var text in new[] { finding.Basis.Swedish, finding.Basis.English, finding.Message.Swedish, finding.Message.English, finding.RuleName.Swedish })
            {
                Assert.DoesNotContain(SeedMarks, mark => text.Contains(mark, StringComparison.Ordinal));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Validate_AnotherMunicipality_EveryErrorRestsOnLaw(string name)
    {
        var document = Build(name);
        var report = TrygghetValidator.Default.Validate(document, new DateOnly(2028, 2, 1));

        Assert.All(report.FindingsOf(Severity.Error), f => Assert.Equal(BasisKind.Law, f.BasisKind));
    }

    [Fact]
    public void DocumentFinding_CitesTheValidatedDocumentsOwnCaseNumber()
    {
        var report = TrygghetValidator.Default.Validate(Agreement(), new DateOnly(2025, 6, 30));

        var finding = Assert.Single(report.FindingsFor("SOK-OMRADE-ATAGANDE-SAKNAS"));
        Assert.Equal(BasisKind.Document, finding.BasisKind);
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.StartsWith("KS 2024/0456, ", finding.Basis.Swedish, StringComparison.Ordinal);
        Assert.Equal("Samverkansområdet 2 (Ungdomar) saknar åtagande för Lokalpolisområde Ekby.", finding.Message.Swedish);
        Assert.True(report.IsCompliant);
        Assert.False(report.KeepsItsCommitments);
    }

    [Fact]
    public void GuidanceFinding_IsInformation_CitingBraByTitle()
    {
        var report = TrygghetValidator.Default.Validate(Agreement(), new DateOnly(2025, 6, 30));

        var finding = Assert.Single(report.FindingsFor("SOK-UNDERTECKNARE-SAKNAS"));
        Assert.Equal((BasisKind.Guidance, Severity.Info), (finding.BasisKind, finding.Severity));
        Assert.Contains("Samverkan i lokalt brottsförebyggande arbete", finding.Basis.Swedish, StringComparison.Ordinal);
        Assert.Equal("KS 2024/0456 has no signatory for the local police area.", finding.Message.English);
    }

    [Fact]
    public void NoFollowUpDeclared_NothingIsDue()
    {
        var agreement = Agreement() with { FollowUpStructure = FollowUpStructure.None };

        var report = TrygghetValidator.Default.Validate(agreement, new DateOnly(2026, 12, 31));

        Assert.DoesNotContain(report.Findings, f => f.RuleId.StartsWith("SOK-UPPFOLJNING", StringComparison.Ordinal) || f.RuleId == "SOK-AVSTAMNING-KVARTAL");
    }

    [Fact]
    public void LawOnly_RunsOnlyLawRules()
    {
        var validator = new TrygghetValidator(TrygghetValidatorOptions.LawOnly);

        Assert.All(validator.Rules, r => Assert.Equal(BasisKind.Law, r.Basis.Kind));
        Assert.All(validator.Validate(Agreement(), new DateOnly(2025, 6, 30)).Findings, f => Assert.Equal(BasisKind.Law, f.BasisKind));
    }

    [Fact]
    public void WithSeverityPerKind_RegradesAKind_AndARuleOverrideWins()
    {
        var options = TrygghetValidatorOptions.Default
            .WithSeverity(BasisKind.Guidance, Severity.Warning)
            .WithSeverity("SOK-PART-SAKNAS", Severity.Error);
        var agreement = Agreement() with { Parties = [new(PartyKind.Municipality, "Ekby kommun")] };

        var report = new TrygghetValidator(options).Validate(agreement, new DateOnly(2025, 6, 30));

        Assert.Equal(Severity.Warning, report.FindingsFor("SOK-UNDERTECKNARE-SAKNAS").Single().Severity);
        Assert.Equal(Severity.Error, report.FindingsFor("SOK-PART-SAKNAS").Single().Severity);
        Assert.True(report.IsCompliant); // a guidance error is not unlawful
    }
}
