using Trygghet.Domain.Procedure.Rules;

namespace Trygghet.Domain.Procedure;

/// <summary>The kind <see cref="Protocol"/>: its descriptor with its rules.</summary>
internal static class ProtocolDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<Protocol>(
        DocumentKind.Protocol,
        new("protokoll", "protocol"),
        "Protokoll (protocol of a meeting).",
        ProcedureFacts.From,
        // The procedure rules, derived-deadline rules first. The appeal rules have a second version under
        // Kommunallagen (1991:900) 10 kap. 6 § from 1995-04-01 to 2017-12-31; every other rule reports
        // RULE-NO-VERSION before 2018.
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
        ]);
}
