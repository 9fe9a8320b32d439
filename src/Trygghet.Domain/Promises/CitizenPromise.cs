using System.Globalization;
using Trygghet.Domain.Agreements;

namespace Trygghet.Domain.Promises;

/// <summary>
/// Medborgarlöfte (citizen promise): the public, communicative part of the cooperation between municipality
/// and police: information gathering, a lägesbild, a short list of commitments, and a validity that may start at
/// the kommunstyrelse's decision date.
/// </summary>
/// <remarks>
/// Equality is structural over every property. A promise that starts at its decision date but has no
/// <see cref="Decision"/> recorded is legal to write down (it has been proposed, not yet adopted); the rules
/// report it, and its <see cref="EffectiveValidity"/> is null until the decision is recorded.
/// </remarks>
/// <param name="CaseNumber">Diarienummer.</param>
/// <param name="Title">Rubrik (the title as written).</param>
/// <param name="Validity">Giltighetstid as written.</param>
public sealed record CitizenPromise(CaseNumber CaseNumber, string Title, PromiseValidity Validity) : IDocument
{
    /// <inheritdoc/>
    public DocumentKind Kind => DocumentKind.CitizenPromise;

    /// <summary>Diarienummer.</summary>
    public CaseNumber CaseNumber { get; } = Guard.Against.Null(CaseNumber);

    /// <summary>Rubrik (the title as written).</summary>
    public string Title { get; } = Guard.Against.NullOrWhiteSpace(Title);

    /// <summary>Giltighetstid as written (possibly "från och med beslutsdatum").</summary>
    public PromiseValidity Validity { get; } = Guard.Against.Null(Validity);

    /// <summary>
    /// Antagandebeslut (the adopting decision); null while not recorded. Its date may not lie after the validity's end
    /// when the validity starts at the decision.
    /// </summary>
    public AdoptionDecision? Decision
    {
        get;
        init
        {
            if (value is not null && Validity.StartsAtDecision && value.Date > Validity.End)
            {
                throw DomainGuards.OutOfRange(
                    nameof(value),
                    value.Date,
                    string.Create(CultureInfo.InvariantCulture, $"Beslutsdagen ({value.Date:yyyy-MM-dd}) ligger efter löftets sista dag ({Validity.End:yyyy-MM-dd}), så giltigheten skulle sluta innan den börjar."),
                    string.Create(CultureInfo.InvariantCulture, $"The decision date ({value.Date:yyyy-MM-dd}) lies after the promise's last day ({Validity.End:yyyy-MM-dd}), so the validity would end before it starts."));
            }

            field = value;
        }
    }

    /// <summary>The validity in force: from the fixed start or the decision date; null when it starts at a decision not recorded.</summary>
    public DateRange? EffectiveValidity =>
        (Validity.Start ?? Decision?.Date) is { } start ? new DateRange(start, Validity.End) : null;

    /// <summary>Datum (the document's date); null when not stated.</summary>
    public DateOnly? Date { get; init => field = Guard.Against.OutsideSupportedDates(value, nameof(Date)); }

    /// <summary>Diarienummer of the samverkansöverenskommelse the promise belongs to; null when not linked.</summary>
    public CaseNumber? AgreementCaseNumber { get; init; }

    /// <summary>Parter (the parties making the promise).</summary>
    public EquatableArray<Party> Parties { get; init; }

    /// <summary>Informationsinsamling (how information was gathered); empty when unset or set to null.</summary>
    public InformationGathering InformationGathering
    {
        get => field ?? new InformationGathering();
        init => field = value;
    }

    /// <summary>Lägesbilden (the situation picture, paragraph by paragraph as written).</summary>
    public EquatableArray<string> SituationPicture { get; init; }

    /// <summary>Fokus (what the parties focus on during the period).</summary>
    public EquatableArray<string> Focus { get; init; }

    /// <summary>Prioriterat område (the prioritised place, e.g. a town centre or a district); null when none.</summary>
    public string? PriorityArea { get; init; }

    /// <summary>
    /// Åtaganden (the commitments, in the order written). Each id occurs once, since activities name their
    /// commitment by id; a repeated id is refused with the paths of both commitments.
    /// </summary>
    public EquatableArray<PromiseCommitment> Commitments
    {
        get;
        init
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < value.Count; i++)
            {
                if (value[i] is { } commitment && !seen.TryAdd(commitment.Id, i))
                {
                    throw DomainGuards.Invalid(
                        nameof(value),
                        $"Åtagandenas id måste vara unika: commitments[{i}] upprepar id \"{commitment.Id}\" från commitments[{seen[commitment.Id]}].",
                        $"Commitment ids must be unique: commitments[{i}] repeats the id \"{commitment.Id}\" of commitments[{seen[commitment.Id]}].");
                }
            }

            field = value;
        }
    }

    /// <summary>Genomförda aktiviteter (activities recorded under the commitments, in any order).</summary>
    public EquatableArray<ActivityRecord> Activities { get; init; }

    /// <summary>Förväntad effekt (expected effect as written); null when none.</summary>
    public string? ExpectedEffect { get; init; }

    /// <summary>Returns a copy with the adopting decision recorded.</summary>
    /// <param name="decision">The decision.</param>
    /// <returns>The new promise.</returns>
    public CitizenPromise WithDecision(AdoptionDecision decision)
    {
        Guard.Against.Null(decision);
        return this with { Decision = decision };
    }

    /// <summary>Returns a copy with an activity recorded.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The new promise.</returns>
    public CitizenPromise AddActivity(ActivityRecord activity)
    {
        Guard.Against.Null(activity);
        return this with { Activities = Activities.Add(activity) };
    }

    /// <summary>The commitment with an id, or null.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The commitment, or null.</returns>
    public PromiseCommitment? FindCommitment(string id) => Commitments.FirstOrDefault(c => c.Id == id);
}
