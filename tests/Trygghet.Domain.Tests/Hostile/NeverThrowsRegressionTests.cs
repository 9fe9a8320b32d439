using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Trygghet.Domain.Agreements;
using Trygghet.Domain.Calendar;
using Trygghet.Domain.Common;
using Trygghet.Domain.Councils;
using Trygghet.Domain.Finance;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Tests.Rules;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Hostile;

/// <summary>The minimal inputs of issue 13, each once: none may throw past the library's boundary.</summary>
public sealed class NeverThrowsRegressionTests
{
    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p is string s ? Encoding.UTF8.GetBytes(s) : [(byte)(int)p])];

    // 1. Invalid UTF-8 in a property name or in "kind".
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Deserialize_InvalidUtf8_IsRefusedAtThePlaceItFallsIn(int input)
    {
        var (bytes, path) = input == 0
            ? (Bytes("{\"kind\":\"prot", 0xC3, "ocol\"}"), "$.kind")
            : (Bytes("{\"", 0x92, "\":"), "$");

        var fromSpan = TrygghetJson.Deserialize(bytes.AsSpan());
        var fromStream = TrygghetJson.Deserialize(new MemoryStream(bytes));

        foreach (var read in new[] { fromSpan, fromStream })
        {
            Assert.False(read.IsSuccess);
            Assert.Equal(path, read.Error.Path);
            Assert.Contains("UTF-8", read.Error.Message.Swedish, StringComparison.Ordinal);
        }
    }

    // 2. An amount so large that the sum of a decision's areas overflowed in Validate.
    [Fact]
    public void Deserialize_AmountBeyondTheLimit_IsRefusedAtTheAmount_AndTheLargestAllowedValidates()
    {
        static string Decision(string max) =>
            "{\"kind\":\"appropriationDecision\",\"title\":\"Ö\",\"body\":\"n\",\"paragraph\":2,\"caseNumber\":\"S 20/6\","
            + "\"areas\":[{\"name\":\"d\",\"estimatedCost\":{\"min\":0,\"max\":" + max + "}},{\"name\":\"g\",\"estimatedCost\":{\"min\":0,\"max\":2000000}}]}";

        var refused = TrygghetJson.Deserialize(Decision("7.9228162514264337593543E28"));
        Assert.False(refused.IsSuccess);
        Assert.Equal("$.areas[0].estimatedCost", refused.Error.Path);

        var largest = TrygghetJson.Deserialize(Decision(TrygghetLimits.MaxAmount.ToString(CultureInfo.InvariantCulture)));
        Assert.True(largest.IsSuccess, largest.Error?.Render(null));
        var report = TrygghetValidator.Default.Validate(largest.Value, new DateOnly(2021, 1, 1));
        Assert.NotNull(report.Render(null));
        Assert.Equal("max", Assert.ThrowsAny<ArgumentException>(() => new MoneyRange(0, TrygghetLimits.MaxAmount + 1)).ParamName);
    }

    // 3. A council report submission of year 0, -1 or 32767.
    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(32767)]
    public void CouncilReportSubmission_YearOutsideTheSupportedYears_IsRefusedInCodeAndInJson(int year)
    {
        Assert.Equal("Year", Assert.Throws<ArgumentOutOfRangeException>(() => new CouncilReportSubmission(year, ReportingOccasion.AnnualAccounts)).ParamName);

        var json = JsonNode.Parse(Docs.SampleDocumentsTests.ReadSample("council-report-varmdo-2017"))!;
        json["submissions"]![0]!["year"] = year;
        var read = TrygghetJson.Deserialize(json.ToJsonString());

        Assert.False(read.IsSuccess);
        Assert.Equal("$.submissions[0].year", read.Error.Path);
        Assert.StartsWith("0 ", default(CouncilReportSubmission).ToString(), StringComparison.Ordinal);
    }

    // 4. A meeting so late that its deadlines ran past the calendar.
    [Fact]
    public void Protocol_MeetingAfterTheLastSupportedDay_IsRefused_AndTheLastDayValidatesWithDeadlines()
    {
        var json = JsonNode.Parse(Docs.SampleDocumentsTests.ReadSample("protocol-safety-committee-2020-11-20"))!;
        json["meeting"]!["date"] = "2200-12-17";
        var late = TrygghetJson.Deserialize(json.ToJsonString());
        Assert.False(late.IsSuccess);
        Assert.Equal("$.meeting.date", late.Error.Path);

        json["meeting"]!["date"] = "2199-12-31";
        json["attestation"] = null;
        json["notice"] = null;
        var last = TrygghetJson.Deserialize(json.ToJsonString());
        Assert.True(last.IsSuccess, last.Error?.Render(null));
        foreach (var asOf in new[] { TrygghetLimits.EarliestDate, new DateOnly(2199, 12, 31) })
        {
            Assert.NotNull(TrygghetValidator.Default.Validate(last.Value, asOf).Render(null));
        }

        Assert.True(ProcedureDeadlines.For((Protocol)last.Value).AttestationDeadline.Date.Year <= SwedishCalendar.MaxYear);
    }

    // 5. What a constructor accepts the reader accepts: no default range, no range beyond the supported dates.
    [Fact]
    public void Constructors_RefuseWhatTheReaderRefuses_AndWhatTheyAcceptRoundTrips()
    {
        var caseNumber = CaseNumber.Parse("KS 21/0531");
        Assert.Equal("Validity", Assert.Throws<ArgumentOutOfRangeException>(() => new CooperationAgreement(caseNumber, "t", default)).ParamName);
        Assert.Equal("Validity", Assert.Throws<ArgumentOutOfRangeException>(() => new CooperationAgreement(caseNumber, "t", new DateRange(DateOnly.MinValue, DateOnly.MaxValue))).ParamName);
        Assert.Equal("reportingPeriod", Assert.Throws<ArgumentOutOfRangeException>(() => new SafetyCouncilReport("t", "m", "c", caseNumber, default(DateRange))).ParamName);

        var widest = new DateRange(TrygghetLimits.EarliestDate, TrygghetLimits.LatestDate);
        IDocument[] documents =
        [
            new CooperationAgreement(caseNumber, "t", widest),
            new SafetyCouncilReport("t", "m", "c", caseNumber, widest) { ReportedTo = "Kommunstyrelsen" },
        ];
        foreach (var document in documents)
        {
            var json = TrygghetJson.Serialize(document);
            var read = TrygghetJson.Deserialize(json);
            Assert.True(read.IsSuccess, read.Error?.Render(null));
            Assert.Equal(json, TrygghetJson.Serialize(read.Value));
        }
    }

    // 6. A syntax error inside an array is placed at the item it is in, not the previous one or the parent.
    [Theory]
    [InlineData("{\"kind\":\"portfolio\",\"agreements\":[@]}", "$.agreements[0]")]
    [InlineData("{\"kind\":\"portfolio\",\"agreements\":[{}, @]}", "$.agreements[1]")]
    [InlineData("{\"kind\":\"portfolio\",\"agreements\":[{},\n  {\"a\": @}]}", "$.agreements[1].a")]
    [InlineData("{\"kind\":\"portfolio\",\"agreements\":[[1, 2], [@]]}", "$.agreements[1][0]")]
    [InlineData("{\"kind\":\"portfolio\",\"agreements\":[{},]}", "$.agreements[0]")]
    public void Deserialize_SyntaxErrorInAnArray_NamesTheItem(string json, string path)
    {
        var read = TrygghetJson.Deserialize(json);

        Assert.False(read.IsSuccess);
        Assert.Equal(path, read.Error.Path);
        Assert.DoesNotContain("invalid", read.Error.Message.Swedish, StringComparison.OrdinalIgnoreCase);
    }

    // 7. A self-join over derived facts: the agenda and the working memory are bounded, and the error names the rule.
    [Theory]
    [InlineData(1_000_000, 500)]
    [InlineData(500, 1_000_000)]
    [InlineData(TrygghetLimits.MaxQueuedActivations, TrygghetLimits.MaxFacts)]
    public void Fire_SelfJoinOverDerivedFacts_StopsWithAnErrorNamingTheRule(int maxQueued, int maxFacts)
    {
        var rule = TestRules.Rule("SELF-JOIN", r => r.Match<Stage>()
            .Join<Stage, int>(a => a.Key, b => b.Key, (a, b) => true)
            .Then((ctx, a, b) => ctx.Insert(new Stage(a.Level + b.Level + 1, a.Key))));
        var set = new RuleSetBuilder().Add(rule).Build();
        var session = set.OpenSession(TestRules.Options() with { MaxQueuedActivations = maxQueued, MaxFacts = maxFacts });
        session.Insert(new Stage(0, 1));

        var error = Assert.Throws<RuleEngineException>(() => session.Fire());

        Assert.Equal("SELF-JOIN", error.RuleId);
    }

    // 8. The public calls that threw the wrong exception or named no parameter.
    [Fact]
    public void PublicApi_BadArguments_ThrowArgumentExceptionsNamingTheParameter()
    {
        Assert.Equal("recorded", Assert.ThrowsAny<ArgumentException>(() => PeriodicFollowUp.Evaluate(FollowUpCadence.Annual, DateRange.Year(2022), null!, new DateOnly(2022, 1, 1))).ParamName);
        Assert.Equal("rules", Assert.ThrowsAny<ArgumentException>(() => RuleCatalogue.Of([null!])).ParamName);
        Assert.Equal("Message", Assert.ThrowsAny<ArgumentException>(() => new JsonReadError(null!, "$")).ParamName);
        Assert.Equal("items", Assert.ThrowsAny<ArgumentException>(() => new Matter(CaseNumber.Parse("KS 21/0531"), "t", history: [null!])).ParamName);
        Assert.Equal("index", Assert.ThrowsAny<ArgumentException>(() => new EquatableArray<int>([1])[1]).ParamName);
        Assert.Equal("millions", Assert.ThrowsAny<ArgumentException>(() => Money.FromMillions(decimal.MaxValue)).ParamName);
        Assert.Equal("Seats", Assert.ThrowsAny<ArgumentException>(() => new Attendance(1, 1, 0, BodyKind.Council, "meeting")).ParamName);
        Assert.Equal("Demanding", Assert.ThrowsAny<ArgumentException>(() => new ReferralDemand(1, MotionKind.Referral, BodyKind.Council, -1, 3, false, false, false, "p")).ParamName);
        Assert.Equal("date", Assert.ThrowsAny<ArgumentException>(() => SwedishCalendar.IsWorkingDay(DateOnly.MinValue)).ParamName);
        Assert.Equal("year", Assert.ThrowsAny<ArgumentException>(() => DateRange.Year(0)).ParamName);
    }

    // 9. Refusals speak Swedish in the Swedish message, name no .NET type and list the allowed values of an enum.
    [Fact]
    public void Deserialize_UnknownEnumValue_ListsTheAllowedValuesInBothLanguages()
    {
        var json = JsonNode.Parse(Docs.SampleDocumentsTests.ReadSample("cooperation-agreement-2022"))!;
        json["parties"]![0]!["kind"] = "sheriff";

        var read = TrygghetJson.Deserialize(json.ToJsonString());

        Assert.False(read.IsSuccess);
        Assert.Equal("$.parties[0].kind", read.Error.Path);
        Assert.Contains("tillåtna värden: \"municipality\"", read.Error.Message.Swedish, StringComparison.Ordinal);
        Assert.Contains("allowed values: \"municipality\"", read.Error.Message.English, StringComparison.Ordinal);
        Assert.DoesNotContain("Trygghet.", read.Error.Message.Swedish + read.Error.Message.English, StringComparison.Ordinal);
    }

    // 10. A directory, a pipe, a missing file: an answer, at once; dates in messages never in the machine's culture.
    [Fact]
    public void DeserializeFile_DirectoryPipeOrMissingFile_IsRefusedWithoutBlocking()
    {
        var folder = Directory.CreateTempSubdirectory("trygghet-");
        try
        {
            Assert.Contains("mapp", TrygghetJson.DeserializeFile(folder.FullName).Error!.Message.Swedish, StringComparison.Ordinal);
            Assert.Contains("finns inte", TrygghetJson.DeserializeFile(Path.Combine(folder.FullName, "none.json")).Error!.Message.Swedish, StringComparison.Ordinal);
            var fifo = Path.Combine(folder.FullName, "pipe");
            if (!OperatingSystem.IsWindows() && Process.Start("mkfifo", fifo) is { } mkfifo && mkfifo.WaitForExit(10_000) && File.Exists(fifo))
            {
                Assert.False(TrygghetJson.DeserializeFile(fifo).IsSuccess);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Messages_InAMachineCultureWithAnotherCalendar_WriteDatesInIsoForm()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("th-TH");
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => new DateRange(new DateOnly(2022, 2, 1), new DateOnly(2022, 1, 1)));
            Assert.Contains("2022-01-01", error.Message, StringComparison.Ordinal);
            var read = TrygghetJson.Deserialize("{\"kind\":\"cooperationAgreement\",\"caseNumber\":\"KS 21/0531\",\"title\":\"t\",\"validity\":{\"start\":\"2022-02-01\",\"end\":\"2022-01-01\"}}");
            Assert.Contains("2022-01-01", read.Error!.Message.Swedish, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    // 11. Unbounded output: the as-of date is bounded, and so are the findings per rule.
    [Fact]
    public void Validate_AsOfBeyondTheSupportedDates_IsRefusedNamingAsOf_AndFindingsPerRuleAreCapped()
    {
        var agreement = SeedCatalogue.CooperationAgreement2022;
        Assert.Equal("asOf", Assert.Throws<ArgumentOutOfRangeException>(() => TrygghetValidator.Default.Validate(agreement, DateOnly.MaxValue)).ParamName);

        var capped = new TrygghetValidator(TrygghetValidatorOptions.Default with { MaxFindingsPerRule = 1 });
        var report = capped.Validate(agreement, TrygghetLimits.LatestDate);

        Assert.All(report.Findings.GroupBy(f => f.RuleId).Where(g => g.Key != EngineFindings.FindingsCapped.Id), g => Assert.Single(g));
        var notes = report.Findings.Where(f => f.RuleId == EngineFindings.FindingsCapped.Id).ToList();
        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.Contains(" 1 ", n.Message.Swedish, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_PlanWithTenThousandIndicators_ReportsABoundedNumberOfFindings()
    {
        var plan = SeedCatalogue.Documents.Select(d => d.Document).OfType<ActionProgramme>().First();
        var area = plan.FocusAreas[0];
        var goal = area.SubGoals[0];
        var indicator = goal.Indicators[0];
        var many = plan with
        {
            FocusAreas = [area with { SubGoals = [goal with { Indicators = [.. Enumerable.Repeat(indicator, 10_000)] }] }],
        };

        var report = TrygghetValidator.Default.Validate(many, TrygghetLimits.LatestDate);

        var perRule = report.Findings.GroupBy(f => f.RuleId).Max(g => g.Count());
        Assert.True(perRule <= TrygghetLimits.MaxFindingsPerRule + 1, $"{perRule} findings from one rule");
        Assert.True(report.Render(null).Length < 1_000_000);
    }
}
