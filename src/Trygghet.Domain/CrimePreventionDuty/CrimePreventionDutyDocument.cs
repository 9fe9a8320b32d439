namespace Trygghet.Domain.CrimePreventionDuty;

/// <summary>The descriptor of the kind <see cref="CrimePreventionDutyFile"/>.</summary>
internal static class CrimePreventionDutyDocument
{
    public static DocumentDescriptor Descriptor { get; } = DocumentDescriptor.Create<CrimePreventionDutyFile>(
        DocumentKind.CrimePreventionDuty, new("brottsförebyggande ansvar", "crime-prevention duty file"), "Kommunens brottsförebyggande ansvar enligt Lag (2023:196) (a municipality's crime-prevention duty file).", Facts.DutyFacts.From, Rules.DutyRules.All);
}
