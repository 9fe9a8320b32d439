using System.Text.Json.Serialization.Metadata;
using Trygghet.Domain.Agreements;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Promises;

namespace Trygghet.Domain.Serialization;

// The registry of serialisable types: every top-level document and every EquatableArray<T> element type.
// Document types come from DocumentKinds; a new element type of an array is added here and a new document type
// to TrygghetJsonContext; a test checks nothing is missing.
internal static partial class JsonContract
{
    /// <summary>Every top-level document type with its kind, in <see cref="DocumentKind"/> order.</summary>
    public static readonly IReadOnlyList<(DocumentKind Kind, Type Type)> DocumentTypes =
        [.. DocumentKinds.All.OrderBy(d => d.Kind).Select(d => (d.Kind, d.Type))];

    private static IEnumerable<KeyValuePair<Type, Func<System.Text.Json.JsonSerializerOptions, int, JsonTypeInfo>>> CreateArrayFactories() =>
    [
        Array<string>(),
        Array<DateOnly>(),
        Array<int>(),
        Array<Agreements.AreaCommitment>(),
        Array<Agreements.CooperationAgreement>(),
        Array<Agreements.CooperationArea>(),
        Array<Agreements.FollowUpNote>(),
        Array<Agreements.FollowUpRecord>(),
        Array<Agreements.FollowUpRequirement>(),
        Array<Agreements.Measure>(),
        Array<Agreements.Party>(),
        Array<Agreements.PartyKind>(),
        Array<Agreements.Signatory>(),
        Array<Councils.CitizenDialogue>(),
        Array<Councils.CouncilMeeting>(),
        Array<Councils.CouncilReportSubmission>(),
        Array<CrimePreventionDuty.AgreementLink>(),
        Array<CrimePreventionDuty.CouncilMember>(),
        Array<CrimePreventionDuty.CouncilReporting>(),
        Array<CrimePreventionDuty.CrimePreventionPlan>(),
        Array<CrimePreventionDuty.IdentifiedProblem>(),
        Array<CrimePreventionDuty.PlanFollowUp>(),
        Array<CrimePreventionDuty.PreventiveMeasure>(),
        Array<CrimePreventionDuty.SituationReport>(),
        Array<Finance.Allocation>(),
        Array<Finance.AllocationArea>(),
        Array<Finance.Appropriation>(),
        Array<Finance.FinancialFollowUp>(),
        Array<Plans.FocusArea>(),
        Array<Plans.FollowUpMethod>(),
        Array<Plans.HandlingOutcome>(),
        Array<Plans.HandlingStep>(),
        Array<Plans.Indicator>(),
        Array<Plans.PlanActivity>(),
        Array<Plans.SubGoal>(),
        Array<Procedure.Appeal>(),
        Array<Procedure.Assignment>(),
        Array<Procedure.Ballot>(),
        Array<Procedure.DelegatedDecision>(),
        Array<Procedure.Disqualification>(),
        Array<Procedure.Dissent>(),
        Array<Procedure.MatterEvent>(),
        Array<Procedure.Member>(),
        Array<Procedure.Motion>(),
        Array<Procedure.Paragraph>(),
        Array<Procedure.Participant>(),
        Array<Procedure.Protocol>(),
        Array<Procedure.Person>(),
        Array<Procedure.ServingSubstitute>(),
        Array<Procedure.Votation>(),
        Array<Promises.ActivityRecord>(),
        Array<Promises.CitizenPromise>(),
        Array<Promises.Dialogue>(),
        Array<Promises.PromiseCommitment>(),
        Array<Validation.ValidationFinding>(),
        Array<Validation.MessageArgument>(),
    ];

    // Properties whose getter falls back to a default when never set: writing the default would set the
    // backing field and break record equality after a round trip, so the default is not written.
    private static readonly (Type Type, string Name, Func<object, object?, bool> IsDefault)[] DefaultedProperties =
    [
        (typeof(CooperationAgreement), "followUpStructure", (_, v) => Equals(v, FollowUpStructure.None)),
        (typeof(Measure), "label", (o, v) => v is string s && s == "Insats " + ((Measure)o).Number.Text),
        (typeof(ActionProgramme), "commitments", (_, v) => Equals(v, PlanCommitments.None)),
        (typeof(CitizenPromise), "informationGathering", (_, v) => Equals(v, new InformationGathering())),
    ];

    private static void OmitDefaultedProperties(JsonTypeInfo info)
    {
        foreach (var (type, name, isDefault) in DefaultedProperties)
        {
            if (info.Type != type)
            {
                continue;
            }

            foreach (var property in info.Properties)
            {
                if (property.Name == name)
                {
                    property.ShouldSerialize = (owner, value) => !isDefault(owner, value);
                }
            }
        }
    }
}
