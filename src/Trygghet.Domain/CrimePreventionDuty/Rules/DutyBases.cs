using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.CrimePreventionDuty.Rules;

/// <summary>Grunder för pliktreglerna (the paragraphs of Lag (2023:196) and the guidance the duty rules cite).</summary>
internal static class DutyBases
{
    public static LegalBasis Section4 { get; } = Law("4 §", "s. 4");

    public static LegalBasis Section5 { get; } = Law("5 §", "s. 5");

    public static LegalBasis Section5Transition { get; } = Law("5 § och övergångsbestämmelserna p. 2", "s. 5 and transitional provision 2");

    public static LegalBasis Section6 { get; } = Law("6 §", "s. 6");

    public static LegalBasis Section9 { get; } = Law("9 §", "s. 9");

    public static LegalBasis Section10 { get; } = Law("10 §", "s. 10");

    public static LegalBasis Section11 { get; } = Law("11 §", "s. 11");

    public static LegalBasis Section12 { get; } = Law("12 §", "s. 12");

    public static LegalBasis Section13 { get; } = Law("13 §", "s. 13");

    /// <summary>Brå's guidance: measures are chosen from the problems the lägesbild identifies and their causes.</summary>
    public static LegalBasis MeasuresFromProblems { get; } = LegalBasis.Guidance(
        new(
            "Brå, Arbeta brottsförebyggande, sidorna Ta fram en kartläggning och lägesbild och Välj åtgärder som påverkar orsakerna: åtgärderna väljs utifrån lägesbildens problem och deras orsaker",
            "Brå, Arbeta brottsförebyggande (guidance), pages Ta fram en kartläggning och lägesbild and Välj åtgärder som påverkar orsakerna: measures are chosen from the problems of the situation report and their causes"),
        CrimePreventionAct.InForce);

    /// <summary>The metadata of a duty rule: its tags after "crime-prevention"; the basis kind's severity unless one is given.</summary>
    public static RuleMetadata Metadata(string id, LegalBasis basis, Severity? severity, params string[] tags) =>
        new RuleMetadata { Id = id, Basis = basis, Tags = ["crime-prevention", .. tags] }.WithSeverity(severity);

    private static LegalBasis Law(string swedish, string english) => LegalBasis.Law(
        new(
            "Lag (2023:196) om kommuners ansvar för brottsförebyggande arbete " + swedish,
            "Act (2023:196) on municipalities' responsibility for crime prevention, " + english),
        CrimePreventionAct.InForce);
}
