using System.CommandLine;
using Trygghet.Domain.Procedure;

namespace Trygghet.Samples.Console;

/// <summary>
/// <c>notice FILE|- [--posted DATE]</c>: the notice of attestation of a protocol (KL 8 kap. 12 §) as text or JSON;
/// <c>notice FILE... --feed [--as-of DATE]</c>: a JSON Feed of the notices up on a day.
/// </summary>
internal static class NoticeCommand
{
    public static int Run(Cli cli, ParseResult parsed, Invocation context)
    {
        var files = parsed.GetValue(cli.NoticeFiles) ?? [];
        var feed = parsed.GetValue(cli.Feed);
        if (files.Length == 0 || (!feed && files.Length > 1))
        {
            return context.Fail(context.T(
                "'notice' behöver en FILE med ett protokoll (flera med --feed)",
                "'notice' needs one FILE holding a protocol (several with --feed)"));
        }

        var notices = new List<NoticeBoardEntry>();
        foreach (var file in files)
        {
            var document = ValidateCommand.Read(file, context);
            if (document is null)
            {
                return ConsoleApp.BadInput;
            }

            if (document is not Protocol protocol)
            {
                return context.Fail(context.T($"{file}: dokumentet är inte ett protokoll", $"{file}: the document is not a protocol"));
            }

            if (protocol.Attestation is null)
            {
                return context.Fail(context.T($"{file}: protokollet är inte justerat; det finns ingen justering att tillkännage", $"{file}: the protocol is not attested; there is no attestation to announce"));
            }

            var posted = parsed.GetValue(cli.Posted) ?? protocol.Notice?.Posted;
            if (posted is not { } day)
            {
                return context.Fail(context.T($"{file}: protokollet anger inget anslag; ange --posted DATUM", $"{file}: the protocol records no notice; give --posted DATE"));
            }

            if (day < protocol.Attestation.Date)
            {
                return context.Fail(context.T("--posted: anslaget kan inte sättas upp före justeringen", "--posted: the notice cannot go up before the attestation"));
            }

            notices.Add(NoticeBoardEntry.For(protocol, day));
        }

        if (feed)
        {
            var asOf = parsed.GetValue(cli.AsOf) ?? context.Today;
            context.Out.WriteLine(NoticeBoard.ToJsonFeed(notices, asOf, context.T("Anslagstavla: justerade protokoll", "Notice board: attested protocols")));
        }
        else if (parsed.GetValue(cli.Json))
        {
            context.Out.WriteLine(NoticeBoard.ToJson(notices[0]));
        }
        else
        {
            context.Out.Write(notices[0].ToText(context.Culture).ReplaceLineEndings());
        }

        return ConsoleApp.Ok;
    }
}
