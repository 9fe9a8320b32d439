using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Localization;

/// <summary>
/// Svenska (the Swedish message catalogue): every rule's name, description and message, and the words the
/// messages and reports use. Swedish is the default language. Every key here is also in Messages.en.cs, with
/// the same placeholders (a test checks it).
/// </summary>
internal static class SwedishMessages
{
    /// <summary>Every library rule's texts, keyed by message key (the rule id), in id order.</summary>
    public static Dictionary<string, RuleTexts> Rules { get; } = new(StringComparer.Ordinal)
    {
        ["BFL-6-ATGARDSPLAN-UPPFOLJNING"] = new(
            "Åtgärdsplanen inte uppföljd",
            "Kommunen ska minst vartannat år följa upp sin brottsförebyggande åtgärdsplan.",
            "Åtgärdsplanen skulle ha följts upp senast {deadline} (skyldigheten gäller från {dutyFrom})."),
        ["FIN-ATGARD-OKAND"] = new(
            "Okänd åtgärd",
            "Ett område får bara hänvisa till åtgärder som beslutet räknar upp.",
            "Området hänvisar till åtgärd {number}, som inte finns."),
        ["FIN-ATGARD-OMRADE"] = new(
            "Åtgärd inte i ett område",
            "Varje åtgärd grupperas i exakt ett område.",
            "Åtgärd {number} \"{measure}\" ingår i {count} områden."),
        ["FIN-DRIFT-INVESTERING-BLANDAS"] = new(
            "Drift och investering blandas",
            "Driftmedel och investeringsmedel hålls isär: en fördelning ska finansieras ur anslag av samma slag.",
            "\"{purpose}\" ({kind}) finansieras ur {source} ({sourceKind})."),
        ["FIN-FINANSIERING-OKAND"] = new(
            "Okänd finansiering",
            "Varje fördelning ska finansieras ur ett anslag som beslutet anger.",
            "\"{purpose}\" finansieras ur {source}, som inte finns bland anslagen."),
        ["FIN-FORDELAT-OVER-AVSATT"] = new(
            "Mer fördelat än avsatt",
            "Summan av fördelningarna av ett slag får inte överstiga de avsatta medlen av samma slag.",
            "Fördelat {allocated} mnkr ({kind}) men avsatt {setAside} mnkr."),
        ["FIN-OMRADE-OVER-INTERVALL"] = new(
            "Område över intervallet",
            "Driftmedel fördelade till ett område ska rymmas inom områdets uppskattade kostnadsintervall.",
            "Området \"{area}\" har fått {allocated} mnkr, mer än intervallet {range}."),
        ["FIN-OMRADE-UNDER-INTERVALL"] = new(
            "Område under intervallet",
            "När fördelningen är klar ska varje område ha fått minst sitt lägsta uppskattade belopp.",
            "Området \"{area}\" har fått {allocated} mnkr, mindre än intervallet {range}."),
        ["FIN-UPPFOLJNING-MISSAD"] = new(
            "Ekonomisk uppföljning missad",
            "Uppföljning ska ske i varje period som beslutets uppföljningsplan anger (till exempel tertialvis).",
            "Ingen uppföljning per {dueDate} (perioden {period})."),
        ["FIN-UPPSKATTNING-OVER-AVSATT"] = new(
            "Uppskattningen ryms inte",
            "Områdenas lägsta uppskattade kostnader ska tillsammans rymmas inom de avsatta driftmedlen.",
            "Områdena kräver minst {minimum} mnkr men {setAside} mnkr är avsatta."),
        ["GILTIGHET-EJ-BORJAD"] = new(
            "Giltighetstiden har inte börjat",
            "Dokumentet gäller ännu inte på per-datumet enligt sin egen giltighetstid.",
            "{caseNumber} gäller från och med {start}."),
        ["GILTIGHET-UPPHOR-SNART"] = new(
            "Giltighetstiden löper snart ut",
            "Ett dokument vars giltighetstid snart löper ut behöver förnyas i tid.",
            "{caseNumber} gäller till och med {end}: {daysLeft} {daysLeft|dag|dagar} kvar."),
        ["GILTIGHET-UPPHORD"] = new(
            "Giltighetstiden har löpt ut",
            "Dokumentet gäller inte längre på per-datumet enligt sin egen giltighetstid.",
            "{caseNumber} gällde till och med {end}."),
        ["IOP-FINANSIERING-SAKNAS"] = new(
            "IOP utan finansiering",
            "IOP är inte lagreglerat, så villkoren är vad partnerskapet självt anger; ett förslag eller en överenskommelse som inte anger finansiering saknar den uppgiften.",
            "IOP med {partner} anger inte finansiering ({stage})."),
        ["IOP-GILTIGHETSTID-SAKNAS"] = new(
            "IOP utan giltighetstid",
            "IOP är inte lagreglerat, så villkoren är vad partnerskapet självt anger; ett förslag eller en överenskommelse som inte anger giltighetstid saknar den uppgiften.",
            "IOP med {partner} anger inte giltighetstid ({stage})."),
        ["IOP-INNEHALL-SAKNAS"] = new(
            "IOP utan innehåll",
            "IOP är inte lagreglerat, så villkoren är vad partnerskapet självt anger; ett förslag eller en överenskommelse som inte anger innehåll saknar den uppgiften.",
            "IOP med {partner} anger inte innehåll ({stage})."),
        ["IOP-UPPFOLJNINGSANSVAR-SAKNAS"] = new(
            "IOP utan ansvar för uppföljning",
            "IOP är inte lagreglerat, så villkoren är vad partnerskapet självt anger; ett förslag eller en överenskommelse som inte anger ansvar för uppföljning saknar den uppgiften.",
            "IOP med {partner} anger inte ansvar för uppföljning ({stage})."),
        ["KL-13-5-LAGA-KRAFT"] = new(
            "Laga kraft",
            "Härleder dagen då besluten vinner laga kraft: dagen efter överklagandetidens utgång, om anslaget satt uppe hela tiden.",
            "Besluten vinner laga kraft {from} om de inte överklagas."),
        ["KL-13-5-LAGA-KRAFT-FOR-TIDIGT"] = new(
            "Laga kraft för tidigt",
            "Ett beslut vinner laga kraft först dagen efter överklagandetidens utgång.",
            "§ {paragraph} är markerad som laga kraft {marked}, tidigast {from}."),
        ["KL-13-5-LAGA-KRAFT-OVERKLAGAD"] = new(
            "Laga kraft trots överklagande",
            "Ett överklagat beslut vinner inte laga kraft vid överklagandetidens utgång.",
            "§ {paragraph} är markerad som laga kraft {final} men ett överklagande inkom {appealed}."),
        ["KL-13-5-LAGA-KRAFT-PARAGRAF"] = new(
            "Laga kraft för paragraf",
            "Härleder när ett beslut i en paragraf vinner laga kraft; ett registrerat överklagande hindrar det.",
            "Beslutet i § {paragraph} vinner laga kraft {from}."),
        ["KL-13-5-OVERKLAGANDETID"] = new(
            "Överklagandetid",
            "Härleder överklagandetidens sista dag: tre veckor från den dag justeringen tillkännagavs, flyttad till nästa vardag enligt lag (1930:173).",
            "Överklagandetiden löper ut {deadline}."),
        ["KL-4-27-RESERVATION-UTAN-DELTAGANDE"] = new(
            "Reservation utan deltagande",
            "Bara den som har deltagit i avgörandet av ett ärende får reservera sig mot beslutet.",
            "{member} reserverade sig i § {paragraph} men deltog inte i beslutet."),
        ["KL-5-17-ERSATTARE-DUBBEL"] = new(
            "Två ersättare för samma ledamot",
            "En ersättare tjänstgör i en frånvarande ledamots ställe: en per ledamot.",
            "Både {first} och {second} tjänstgör för {member}."),
        ["KL-5-17-ERSATTARE-FOR-NARVARANDE"] = new(
            "Ersättare för närvarande ledamot",
            "En ersättare tjänstgör bara i stället för en ledamot som är förhindrad; i nämnder enligt fullmäktiges beslut om ersättarnas tjänstgöring.",
            "{substitute} tjänstgör för {member}, som själv tjänstgör."),
        ["KL-5-50-ATERREMISS-UTAN-MOTIVERING"] = new(
            "Återremiss utan motivering",
            "Motiveringen till ett beslut om återremiss bestäms av de ledamöter som begärt återremissen.",
            "§ {paragraph} återremitterades på minoritetens begäran utan motivering."),
        ["KL-5-50-EXTRA-VAL-EJ-BORDLAGT"] = new(
            "Extra val ej bordlagt",
            "Ett ärende om extra val ska alltid bordläggas första gången det tas upp till behandling.",
            "§ {paragraph}: extra val avgjordes utan att först ha bordlagts."),
        ["KL-5-50-MINORITETSKRAV-AVSLAGET"] = new(
            "Minoritetskrav avslaget",
            "I fullmäktige ska ett ärende bordläggas eller återremitteras om minst en tredjedel av de närvarande ledamöterna begär det, första gången och utom vid val.",
            "{demanding} av {present} närvarande begärde {kind} i § {paragraph}, men ärendet avgjordes."),
        ["KL-5-50-MINORITETSRATT-FORBRUKAD"] = new(
            "Minoritetsrätten redan använd",
            "Har ärendet redan bordlagts eller återremitterats på en minoritets begäran krävs enkel majoritet.",
            "§ {paragraph}: ärendet har redan bordlagts eller återremitterats på minoritetens begäran; nu krävs majoritet."),
        ["KL-5-56-UTSLAGSROST-SAKNAS"] = new(
            "Utslagsröst saknas",
            "Vid lika röstetal har ordföranden utslagsröst (val och anställning avgörs genom lottning); protokollet ska visa omröstningens resultat.",
            "Voteringen i § {paragraph} slutade {yes}-{no} utan antecknad utslagsröst."),
        ["KL-5-67-ATERREMISS-SOM-BESLUT"] = new(
            "Återremiss protokollförd som avgörande",
            "Protokollet ska redovisa vilka beslut som fattats; en återremiss eller bordläggning avgör inte ärendet.",
            "§ {paragraph}: beslutsgången bifaller {kind} men ärendet är antecknat som avgjort."),
        ["KL-5-69-JUSTERING-SAKNAS"] = new(
            "Justering saknas",
            "Efter justeringsfristen ska protokollet vara justerat.",
            "Protokollet är inte justerat per {asOf}; senast var {deadline}."),
        ["KL-5-69-JUSTERING-SEN"] = new(
            "Justering för sent",
            "Protokollet ska justeras senast fjorton dagar efter sammanträdet.",
            "Protokollet justerades {attested}, senast var {deadline}."),
        ["KL-5-69-JUSTERINGSFRIST"] = new(
            "Justeringsfrist",
            "Härleder senaste justeringsdag: fjorton dagar efter sammanträdet, flyttad till nästa vardag enligt lag (1930:173).",
            "Protokollet ska justeras senast {deadline}."),
        ["KL-6-27-BESLUTSFORHET"] = new(
            "Ej beslutför",
            "Fullmäktige och nämnder får handlägga ärenden bara om mer än hälften av ledamöterna är närvarande; tjänstgörande ersättare räknas.",
            "§ {paragraph} avgjordes med {present} tjänstgörande av {seats} platser; minst {required} krävs."),
        ["KL-6-30-JAV-DELTOG"] = new(
            "Jävig deltog i beslutet",
            "Den som är jävig får inte delta i handläggningen av ärendet (fullmäktige: 5 kap. 47 §; nämnder: 6 kap. 28-30 §§).",
            "{member} är antecknad som jävig i § {paragraph} men deltog i beslutet."),
        ["KL-6-30-JAV-NARVARO"] = new(
            "Jävig närvarade",
            "I en nämnd får den som är jävig varken delta eller närvara vid handläggningen (gäller inte fullmäktige).",
            "{member} var jävig i § {paragraph} men närvarade vid handläggningen."),
        ["KL-8-12-ANSLAG-NEDTAGET-TIDIGT"] = new(
            "Anslag nedtaget för tidigt",
            "Tillkännagivandet får inte tas bort före överklagandetidens utgång; annars löper överklagandetiden inte ut.",
            "Anslaget togs ned {removed}, tidigast {earliest} (överklagandetiden slutar {appealEnds})."),
        ["KL-8-12-ANSLAG-SAKNAS"] = new(
            "Anslag saknas",
            "Justeringen ska tillkännages på anslagstavlan; utan anslag börjar överklagandetiden inte löpa.",
            "Inget anslag om justeringen per {asOf}; senast var {deadline}."),
        ["KL-8-12-ANSLAG-SEN"] = new(
            "Anslag för sent",
            "Justeringen ska tillkännages på anslagstavlan senast andra dagen efter justeringen.",
            "Anslaget sattes upp {posted}, senast var {deadline}."),
        ["KL-8-12-ANSLAGSFRIST"] = new(
            "Anslagsfrist",
            "Härleder senaste dag för att tillkännage justeringen på anslagstavlan: andra dagen efter justeringen.",
            "Justeringen ska tillkännages senast {deadline}."),
        ["ML-AKTIVITET-OKANT"] = new(
            "Aktivitet för okänt åtagande",
            "Varje registrerad aktivitet ska höra till ett av medborgarlöftets åtaganden.",
            "Aktiviteten {date} hör till åtagandet {commitment}, som medborgarlöftet inte har."),
        ["ML-ATAGANDE-MISSAT"] = new(
            "Åtagande ej uppfyllt",
            "Medborgarlöftets åtaganden ska uppfyllas i varje period som löftet självt anger (termin, läsår, år eller hela giltighetstiden).",
            "Åtagandet {commitment} uppfylldes inte under {period}: {counted} av {required}."),
        ["ML-ATAGANDE-RISK"] = new(
            "Åtagande i riskzonen",
            "Ett åtagande vars genomförande släpar efter en jämn takt riskerar att inte uppfyllas i perioden.",
            "Åtagandet {commitment} ligger efter under {period}: {counted} av {required} hittills."),
        ["ML-BESLUT-SAKNAS"] = new(
            "Beslut om medborgarlöftet saknas",
            "Ett medborgarlöfte som gäller från beslutsdatum behöver beslutet (organ och datum) för att ha en giltighetstid.",
            "{caseNumber} gäller från beslutsdatum, men inget beslut är registrerat."),
        ["ML-OVERENSKOMMELSE-SAKNAS"] = new(
            "Överenskommelsen saknas i portföljen",
            "Ett medborgarlöfte hör till en samverkansöverenskommelse; utan den kan giltigheten inte jämföras.",
            "{promise} hör till överenskommelsen {agreement}, som inte finns i portföljen."),
        ["ML-UTANFOR-OVERENSKOMMELSE"] = new(
            "Medborgarlöfte utanför överenskommelsen",
            "Medborgarlöftet är samverkansöverenskommelsens publika del och bör inte gälla när överenskommelsen inte gäller.",
            "{promise} gäller {uncovered} då överenskommelsen {agreement} inte gäller ({agreementValidity})."),
        ["PLAN-DELMAL-UTAN-INDIKATOR"] = new(
            "Delmål utan målindikator",
            "Handlingsplanen mäter sina delmål med målindikatorer; ett delmål utan indikator kan inte följas upp.",
            "Delmål {number} \"{name}\" saknar målindikator."),
        ["PLAN-DELMAL-UTAN-INSATSER"] = new(
            "Delmål utan insatser",
            "Ett delmål bör ha tidsatta insatser som bidrar till målet genom målindikatorerna.",
            "Delmål {number} \"{name}\" har inga insatser."),
        ["PLAN-INDIKATOR-UTAN-UPPFOLJNING"] = new(
            "Målindikator utan uppföljning",
            "Varje målindikator ska ha minst en uppföljningsmetod.",
            "Målindikatorn \"{indicator}\" saknar uppföljningsmetod."),
        ["PLAN-INSATS-EJ-TIDSATT"] = new(
            "Insats ej tidsatt",
            "Handlingsplanens insatser har en tid; en insats utan tid kan inte följas upp.",
            "Insatsen \"{activity}\" är inte tidsatt."),
        ["PLAN-INSATS-UTAN-ANSVARIG"] = new(
            "Insats utan ansvarig",
            "Varje insats ska ha en ansvarig, så att den kan resurssättas och följas upp.",
            "Insatsen \"{activity}\" saknar ansvarig."),
        ["PLAN-INSATS-UTANFOR-PLANPERIOD"] = new(
            "Insats utanför planperioden",
            "En insats ska genomföras inom handlingsplanens period.",
            "Insatsen \"{activity}\" ({period}) ligger utanför planperioden {span}."),
        ["PLAN-UPPFOLJNING-MISSAD"] = new(
            "Uppföljning missad",
            "En uppföljning med fast intervall ska registreras inom varje period av planens löptid; en period som har löpt ut utan uppföljning är missad.",
            "Uppföljningen \"{method}\" för perioden {period} skulle ha gjorts senast {dueDate}."),
        ["PLAN-UPPFOLJNING-UTAN-INTERVALL"] = new(
            "Uppföljning utan intervall",
            "Varje uppföljningsmetod ska ange hur ofta den görs (t.ex. årlig mätning), så att uppföljningen blir regelbunden.",
            "Uppföljningen \"{method}\" anger inte hur ofta den görs."),
        ["PORTFOLJ-GLAPP"] = new(
            "Glapp mellan överenskommelser",
            "Överenskommelserna i portföljen avlöser varandra; dagar som ingen av dem täcker mellan två av dem är ett glapp.",
            "Ingen samverkansöverenskommelse gäller {gap} ({days} {days|dag|dagar}) mellan {before} och {after}."),
        ["PORTFOLJ-OVERLAPP"] = new(
            "Överlappande överenskommelser",
            "Två samverkansöverenskommelser mellan samma parter bör inte gälla samtidigt.",
            "{first} och {second} gäller båda {overlap} ({days} {days|dag|dagar})."),
        ["RAD-MEDBORGARDIALOG-MISSAD"] = new(
            "Medborgardialog saknas",
            "När redogörelsen anger rådets arbetsordning ska rådet genomföra en medborgardialog varje år.",
            "Ingen medborgardialog år {year}."),
        ["RAD-REDOGORELSE-MISSAD"] = new(
            "Redogörelse saknas",
            "När redogörelsen anger rådets arbetsordning ska rådet lämna kommunstyrelsen en redogörelse i samband med halvårsbokslut och bokslut.",
            "Ingen redogörelse vid {occasion} per {dueDate}."),
        ["RULE-NO-VERSION"] = new(
            "Ingen regelversion gäller",
            "Ingen version av en regel gäller på tillämpningsdatumet, så regeln har inte prövats.",
            "Ingen version av regeln {ruleId} gäller {date}."),
        ["SOK-AVSTAMNING-KVARTAL"] = new(
            "Kvartalsavstämning saknas",
            "Kvartalsvisa avstämningar som överenskommelsen själv kräver ska registreras för varje kvartal.",
            "Ingen kvartalsavstämning är registrerad för {quarter}."),
        ["SOK-INSATSNUMMER"] = new(
            "Felaktigt insatsnummer",
            "När åtgärdsplanen numrerar insatserna \"A:N\" ska numret börja med numret på det område insatsen står under och vara unikt inom området.",
            "Insats {number} står under område {area}; numret ska vara unikt och börja med {area}."),
        ["SOK-OMRADE-ATAGANDE-SAKNAS"] = new(
            "Åtagande saknas för part i samverkansområde",
            "När överenskommelsen anger åtaganden per part i sina samverkansområden ska varje område ha åtaganden för båda parterna.",
            "Samverkansområdet {area} ({title}) saknar åtagande för {party}."),
        ["SOK-PART-SAKNAS"] = new(
            "Part saknas",
            "Brås handbok: en samverkansöverenskommelse gäller samverkan mellan kommunen och lokalpolisområdet; båda anges som parter.",
            "{caseNumber} anger inte {partyKind} som part."),
        ["SOK-SYFTE-OMRADEN"] = new(
            "Syfte och områden ska anges",
            "En överenskommelse om samverkan ska innehålla åtminstone uppgifter om för vilka syften och inom vilka områden samverkan ska ske.",
            "{caseNumber} anger {missing}."),
        ["SOK-SYFTE-OMRADEN-VAGLEDNING"] = new(
            "Syfte och områden bör anges",
            "Brås handbok: en samverkansöverenskommelse beskriver problemen i fokus, mål för arbetet, uppföljningen och perioden; syfte och samverkansområden är det minsta (före Lag (2023:196)).",
            "{caseNumber} anger {missing}."),
        ["SOK-UNDERTECKNARE-SAKNAS"] = new(
            "Undertecknare saknas",
            "Brås handbok: chefen för lokalpolisområdet och kommunstyrelsens ordförande skriver på överenskommelsen; här prövas att någon undertecknar för varje part.",
            "{caseNumber} har ingen undertecknare för {partyKind}."),
        ["SOK-UPPFOLJNING-HALVTID"] = new(
            "Halvtidsuppföljning saknas",
            "En överenskommelse som själv kräver uppföljning efter halva tiden ska följas upp kring mitten av sin giltighetstid.",
            "Halvtidsuppföljningen skulle göras kring {midpoint} (senast {dueBy}) men ingen är registrerad."),
        ["SOK-UPPFOLJNING-PERIODISK"] = new(
            "Periodisk uppföljning saknas",
            "Uppföljningar som överenskommelsen själv kräver (tertialvis, halvårsvis, delår, årligen) ska göras för varje period.",
            "Uppföljningen ({kind}) för {period} är inte registrerad (senast {dueBy})."),
    };

    /// <summary>Words: enum values keyed "Type.Value" and report phrases keyed "Report.…".</summary>
    public static Dictionary<string, string> Words { get; } = new(StringComparer.Ordinal)
    {
        ["BasisKind.Law"] = "lag",
        ["BasisKind.Document"] = "dokumentets eget åtagande",
        ["BasisKind.Guidance"] = "vägledning",
        ["Severity.Error"] = "fel",
        ["Severity.Warning"] = "varning",
        ["Severity.Info"] = "upplysning",
        ["PartyKind.Municipality"] = "kommunen",
        ["PartyKind.LocalPoliceArea"] = "lokalpolisområdet",
        ["FollowUpKind.Continuous"] = "löpande",
        ["FollowUpKind.Quarterly"] = "kvartalsvis",
        ["FollowUpKind.Tertial"] = "tertialvis",
        ["FollowUpKind.SemiAnnual"] = "halvårsvis",
        ["FollowUpKind.Interim"] = "delår",
        ["FollowUpKind.HalfTime"] = "halvtid",
        ["FollowUpKind.Yearly"] = "årlig",
        ["MotionKind.Approval"] = "bifall",
        ["MotionKind.Rejection"] = "avslag",
        ["MotionKind.Amendment"] = "ändring",
        ["MotionKind.Addition"] = "tillägg",
        ["MotionKind.Referral"] = "återremiss",
        ["MotionKind.Tabling"] = "bordläggning",
        ["PartnershipStage.Investigation"] = "utredning",
        ["PartnershipStage.Proposal"] = "förslag",
        ["PartnershipStage.Agreement"] = "överenskommelse",
        ["AppropriationKind.Operating"] = "drift",
        ["AppropriationKind.Investment"] = "investering",
        ["ReportingOccasion.HalfYearAccounts"] = "halvårsbokslutet",
        ["ReportingOccasion.AnnualAccounts"] = "bokslutet",
        ["MissingContent.Purpose"] = "inget syfte",
        ["MissingContent.Areas"] = "inga samverkansområden",
        ["MissingContent.PurposeAndAreas"] = "varken syfte eller samverkansområden",
        ["Report.Summary"] = "{kind} \"{title}\" per {date}: {errors} fel, {warnings} {warnings|varning|varningar}, {infos} {infos|upplysning|upplysningar}; {compliance}.",
        ["Report.Compliant"] = "följer lagen",
        ["Report.NotCompliant"] = "följer inte lagen",
        ["Report.CommitmentsKept"] = "håller sina egna åtaganden",
        ["Report.CommitmentsNotKept"] = "{count} {count|eget åtagande|egna åtaganden} hålls inte",
        ["Report.Basis"] = "Grund",
    };
}
