using System.Collections.Immutable;

namespace Trygghet.Domain.Procedure;

/// <summary>Steg i fristkedjan (a step of the deadline chain after a meeting).</summary>
public enum DeadlineStepKind
{
    /// <summary>Sista dag för justering (the last day to attest the protocol: KL 5 kap. 69 §, nämnder through 6 kap. 35 §).</summary>
    Attestation,

    /// <summary>Sista dag för anslag (the last day to post the notice of the justering: KL 8 kap. 12 §).</summary>
    Notice,

    /// <summary>Överklagandetiden slutar (the last day of the appeal period: KL 13 kap. 5 §).</summary>
    AppealPeriodEnds,

    /// <summary>Anslaget får tas ned (the first day the notice may come down: KL 8 kap. 12 §, 13 kap. 5 § third sentence).</summary>
    NoticeMayComeDown,

    /// <summary>Laga kraft (the first day a decision not appealed is final: the day after the appeal period).</summary>
    LegallyFinal,
}

/// <summary>
/// Friststeg (one dated step of a <see cref="DeadlineChain"/>): the day, the statute behind it, and whether it is
/// counted from recorded days or projected from a deadline because an earlier step is not recorded yet.
/// </summary>
/// <remarks>Equality compares all values. Produced by <see cref="Steps(DeadlineChain)"/>.</remarks>
public sealed record DeadlineStep
{
    /// <summary>Stegets art (which step this is).</summary>
    public required DeadlineStepKind Kind { get; init; }

    /// <summary>Dag (the day that applies, after any move to a working day).</summary>
    public required DateOnly Date { get; init; }

    /// <summary>Lagens dag (the day the statute counts, before any move by Lag 1930:173).</summary>
    public required DateOnly Unshifted { get; init; }

    /// <summary>Flyttad (true when <see cref="Date"/> was moved off a non-working day).</summary>
    public bool IsMoved => Date != Unshifted;

    /// <summary>Beräknad (true when counted from a deadline because the justering or the posting is not recorded).</summary>
    public required bool IsProjected { get; init; }

    /// <summary>Namn (the step's name, e.g. "Sista dag för justering" / "Last day to attest the protocol").</summary>
    public LocalizedText Name => Kind switch
    {
        DeadlineStepKind.Attestation => new("Sista dag för justering", "Last day to attest the protocol"),
        DeadlineStepKind.Notice => new("Sista dag för anslag om justeringen", "Last day to post the notice of the attestation"),
        DeadlineStepKind.AppealPeriodEnds => new("Överklagandetiden slutar", "The appeal period ends"),
        DeadlineStepKind.NoticeMayComeDown => new("Anslaget får tas ned", "The notice may come down"),
        _ => new("Laga kraft om beslutet inte överklagas", "Legally final unless appealed"),
    };

    /// <summary>Lagrum (the paragraphs the step rests on, for the chain's kind of body).</summary>
    public required LocalizedText Citation { get; init; }

    /// <summary>
    /// Fristkedjans steg (the dated steps of a chain, in order): justering, anslag, end of the appeal period, the first
    /// day the notice may come down, and laga kraft (left out when the notice came down too early and the decision
    /// therefore does not become final).
    /// </summary>
    /// <param name="chain">The chain.</param>
    /// <returns>Four or five steps, in date order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chain"/> is null.</exception>
    public static ImmutableArray<DeadlineStep> Steps(DeadlineChain chain)
    {
        Guard.Against.Null(chain);
        var council = chain.Body == BodyKind.Council;
        var noticeProjected = chain.Attested is null;
        var appealProjected = chain.IsProjected;
        var steps = ImmutableArray.CreateBuilder<DeadlineStep>(5);
        steps.Add(Step(DeadlineStepKind.Attestation, chain.AttestationDeadline, false, council
            ? new("KL 5 kap. 69 §", "Local Government Act ch. 5 s. 69")
            : new("KL 6 kap. 35 §, 5 kap. 69 §", "Local Government Act ch. 6 s. 35, ch. 5 s. 69")));
        steps.Add(Step(DeadlineStepKind.Notice, chain.NoticeDeadline, noticeProjected, council
            ? new("KL 8 kap. 12 §", "Local Government Act ch. 8 s. 12")
            : new("KL 6 kap. 35 §, 8 kap. 12 §", "Local Government Act ch. 6 s. 35, ch. 8 s. 12")));
        steps.Add(Step(DeadlineStepKind.AppealPeriodEnds, chain.AppealPeriodEnds, appealProjected, Appeal));
        steps.Add(Step(
            DeadlineStepKind.NoticeMayComeDown,
            new Deadline(chain.EarliestRemoval, chain.EarliestRemoval),
            appealProjected,
            new("KL 8 kap. 12 §, 13 kap. 5 §", "Local Government Act ch. 8 s. 12, ch. 13 s. 5")));
        if (chain.LegallyFinalFrom is { } final)
        {
            steps.Add(Step(DeadlineStepKind.LegallyFinal, new Deadline(final, final), appealProjected, Appeal));
        }

        return steps.DrainToImmutable();
    }

    private static readonly LocalizedText Appeal = new("KL 13 kap. 5 §", "Local Government Act ch. 13 s. 5");

    private static DeadlineStep Step(DeadlineStepKind kind, Deadline deadline, bool projected, LocalizedText citation) => new()
    {
        Kind = kind,
        Date = deadline.Date,
        Unshifted = deadline.Unshifted,
        IsProjected = projected,
        Citation = citation,
    };
}
