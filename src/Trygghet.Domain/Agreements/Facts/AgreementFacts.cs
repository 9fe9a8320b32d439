namespace Trygghet.Domain.Agreements.Facts;

/// <summary>Turns a <see cref="CooperationAgreement"/> into facts for the rules in <c>CooperationAgreementDocument</c>.</summary>
internal static class AgreementFacts
{
    /// <summary>The facts of an agreement validated on its own (paths from the agreement's root, <c>$</c>).</summary>
    /// <param name="agreement">The agreement.</param>
    /// <returns>The facts.</returns>
    public static IEnumerable<object> From(CooperationAgreement agreement) => From(agreement, JsonPath.Root);

    /// <summary>The facts of an agreement inside another document, with paths under <paramref name="pathPrefix"/>.</summary>
    /// <param name="agreement">The agreement.</param>
    /// <param name="pathPrefix">Path of the agreement in the enclosing document, e.g. <c>$.agreements[0]</c>; <c>$</c> for none.</param>
    /// <returns>The facts.</returns>
    public static IEnumerable<object> From(CooperationAgreement agreement, string pathPrefix)
    {
        Guard.Against.Null(agreement);
        Guard.Against.Null(pathPrefix);
        return Build(agreement, pathPrefix);
    }

    private static IEnumerable<object> Build(CooperationAgreement agreement, string prefix)
    {
        var caseNumber = agreement.CaseNumber.ToString();
        var key = FactKey.Document(prefix);
        yield return new AgreementFact(
            prefix,
            key,
            caseNumber,
            agreement.Parties.Select(p => p.Kind).ToEquatableArray(),
            agreement.Signatories.Select(s => s.Party).ToEquatableArray(),
            !string.IsNullOrWhiteSpace(agreement.Purpose),
            agreement.Areas.Count);
        yield return new DocumentValidityFact(JsonPath.Member(prefix, "validity"), key, agreement.Kind, caseNumber, agreement.Validity);

        var municipality = agreement.PartyOf(PartyKind.Municipality)?.Name;
        var police = agreement.PartyOf(PartyKind.LocalPoliceArea)?.Name;
        var measures = agreement.ActionPlan?.Measures ?? EquatableArray<Measure>.Empty;

        // Commitments per party are the agreement's own form only when it writes them in at least one area.
        var perParty = agreement.Areas.Any(a => a.CommittedParties().Any() || a.Topics.Any(t => t.CommittedParties().Any()));
        for (var i = 0; i < (perParty ? agreement.Areas.Count : 0); i++)
        {
            var area = agreement.Areas[i];
            var areaPath = JsonPath.Item(prefix, "areas", i);
            if (area.Topics.IsEmpty)
            {
                var fromMeasures = measures.Where(m => m.AreaNumber == area.Number).SelectMany(m => m.Responsible);
                yield return Area(areaPath, key, area, area.CommittedParties().Concat(fromMeasures), municipality, police);
            }
            else
            {
                for (var j = 0; j < area.Topics.Count; j++)
                {
                    var topic = area.Topics[j];
                    yield return Area(JsonPath.Item(areaPath, "topics", j), key, topic, topic.CommittedParties(), municipality, police);
                }
            }
        }

        var planPath = JsonPath.Member(prefix, "actionPlan");
        var firstUse = new Dictionary<MeasureNumber, int>();
        for (var i = 0; i < measures.Count; i++)
        {
            var measure = measures[i];
            int? earlier = firstUse.TryGetValue(measure.Number, out var index) ? index : null;
            firstUse.TryAdd(measure.Number, i);
            yield return new MeasureFact(JsonPath.Item(planPath, "measures", i), key, i, measure.Number, measure.AreaNumber, earlier);
        }

        var requirements = agreement.FollowUpStructure.Requirements;
        var structurePath = JsonPath.Member(prefix, "followUpStructure");
        for (var i = 0; i < requirements.Count; i++)
        {
            yield return new FollowUpRequirementFact(
                JsonPath.Item(structurePath, "requirements", i), key, i, requirements[i].Kind, agreement.Validity, agreement.FollowUps);
        }
    }

    private static AreaFact Area(string path, string key, CooperationArea area, IEnumerable<PartyKind> parties, string? municipality, string? police) =>
        new(path, key, area.Section ?? area.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), area.Title, parties.Distinct().Order().ToEquatableArray(), municipality, police);
}
