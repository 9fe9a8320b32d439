using System.Collections.Immutable;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Sammanträdesregler (the committee procedure rules: deadlines, notice, appeal, quorum, substitutes, jäv, votes,
/// referral), with the own rules of this folder's two other kinds: the protocol extract and the protocol series.
/// </summary>
internal static class ProcedureRules
{
    /// <summary>
    /// All procedure rules, derived-deadline rules first. The appeal rules have a second version under Kommunallagen
    /// (1991:900) 10 kap. 6 § from 1995-04-01 to 2017-12-31; every other rule reports RULE-NO-VERSION before 2018.
    /// </summary>
    public static ImmutableArray<Rule> All { get; } =
    [
        ChainStepRule.AttestationDeadline,
        ChainStepRule.NoticeDeadline,
        new AppealPeriodRule(),
        new AppealPeriodRule(KommunallagenBasis.Appeal1991("första stycket ", "first para. ", "; lag (1930:173) om beräkning av lagstadgad tid", "; Act (1930:173) on computing statutory time")),
        new LegallyFinalRule(),
        new LegallyFinalRule(KommunallagenBasis.Appeal1991(string.Empty, string.Empty)),
        AppealOutcomeRule.ParagraphLegallyFinal(),
        AppealOutcomeRule.ParagraphLegallyFinal(KommunallagenBasis.Appeal1991("första stycket ", "first para. ")),
        AppealOutcomeRule.LateAppeal(),
        AppealOutcomeRule.LateAppeal(KommunallagenBasis.Appeal1991("första stycket ", "first para. ")),
        new NonAppealableDecisionRule(),
        ChainStepRule.AttestedLate,
        ChainStepRule.AttestationMissing,
        ChainStepRule.NoticePostedLate,
        ChainStepRule.NoticeMissing,
        new NoticeRemovedEarlyRule(),
        new NoticeRemovedEarlyRule(KommunallagenBasis.Appeal1991("andra stycket ", "second para. ")),
        new FinalWhileAppealedRule(),
        new FinalTooEarlyRule(),
        new InquorateDecisionRule(),
        SubstituteRule.ForPresentMember,
        SubstituteRule.Double,
        new DisqualifiedMemberTookPartRule(),
        new DisqualifiedMemberPresentRule(),
        new TieWithoutCastingVoteRule(),
        new TieWithoutLotRule(),
        new DissentWithoutParticipationRule(),
        new DissentWithoutServiceRule(),
        new MemberReturnedRule(),
        new MinorityReferralRefusedRule(),
        new MinorityRightReusedRule(),
        new MinorityReferralWithoutReasonsRule(),
        new ReferralRecordedAsDecisionRule(),
        new SupplementaryElectionNotTabledRule(),
        new MeetingAnnouncedLateRule(),
        new UrgentMatterAnnouncedLateRule(),
        new SummonedLateRule(),
        new UnannouncedMatterDecidedRule(),
        new AssignmentOverdueRule(),
    ];

    /// <summary>
    /// Regler för protokollsutdrag (the extract's own rules). The rules of <see cref="All"/> judge the extract's
    /// paragraphs too, on the facts the extract records.
    /// </summary>
    public static ImmutableArray<Rule> Extract { get; } =
    [
        new ExtractCertificationNotRecordedRule(),
    ];

    /// <summary>Regler för protokollserier (the rules on a body's series of protocols and its delegated decisions).</summary>
    public static ImmutableArray<Rule> Series { get; } =
    [
        new NonDelegableMatterRule(),
        new UrgentDecisionNotReportedRule(),
        new UnreportedDecisionNotAnnouncedRule(),
    ];
}
