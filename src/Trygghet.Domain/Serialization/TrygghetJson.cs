using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Trygghet.Domain.Serialization;

/// <summary>
/// JSON för dokument (reads and writes documents as JSON): System.Text.Json with the source-generated
/// <see cref="TrygghetJsonContext"/>, a "kind" discriminator on every top-level document, camelCase names,
/// dates as yyyy-MM-dd and case numbers as their text. Reading never throws on bad input: it returns an error
/// naming the JSON path.
/// </summary>
public static class TrygghetJson
{
    private static readonly JsonSerializerOptions DefaultOptions = JsonContract.CreateOptions(TrygghetJsonOptions.Default);

    /// <summary>
    /// The serializer options with the default limits (read-only, AOT-safe): use them to embed documents in
    /// your own JSON.
    /// </summary>
    public static JsonSerializerOptions SerializerOptions => DefaultOptions;

    /// <summary>Creates serializer options with other limits.</summary>
    /// <param name="limits">The limits.</param>
    /// <returns>Read-only options.</returns>
    public static JsonSerializerOptions CreateSerializerOptions(TrygghetJsonOptions limits)
    {
        Guard.Against.Null(limits);
        return limits == TrygghetJsonOptions.Default ? DefaultOptions : JsonContract.CreateOptions(limits);
    }

    /// <summary>The JSON name of a document kind, e.g. "cooperationAgreement" (the "kind" property's value).</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The name.</returns>
    public static string KindName(DocumentKind kind) => JsonContract.KindName(kind);

    /// <summary>Writes a document as JSON, with its "kind" first.</summary>
    /// <param name="document">The document.</param>
    /// <param name="limits">Limits and layout; the defaults when null.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(IDocument document, TrygghetJsonOptions? limits = null)
    {
        Guard.Against.Null(document);
        return JsonSerializer.Serialize(document, DocumentInfo(Options(limits)));
    }

    /// <summary>Writes a document as UTF-8 JSON.</summary>
    /// <param name="document">The document.</param>
    /// <param name="limits">Limits and layout; the defaults when null.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] SerializeToUtf8Bytes(IDocument document, TrygghetJsonOptions? limits = null)
    {
        Guard.Against.Null(document);
        return JsonSerializer.SerializeToUtf8Bytes(document, DocumentInfo(Options(limits)));
    }

    /// <summary>Reads a document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="limits">Limits; the defaults when null.</param>
    /// <returns>The document, or an error naming the JSON path.</returns>
    public static JsonReadResult<IDocument> Deserialize(string json, TrygghetJsonOptions? limits = null)
    {
        Guard.Against.Null(json);
        var options = limits ?? TrygghetJsonOptions.Default;
        if (json.Length > options.MaxBytes || Encoding.UTF8.GetByteCount(json) > options.MaxBytes)
        {
            return TooLarge(options);
        }

        return Deserialize(Encoding.UTF8.GetBytes(json), options);
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON, reading at most <see cref="TrygghetJsonOptions.MaxBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="limits">Limits; the defaults when null.</param>
    /// <returns>The document, or an error naming the JSON path.</returns>
    /// <exception cref="IOException">The stream cannot be read.</exception>
    public static JsonReadResult<IDocument> Deserialize(Stream utf8Json, TrygghetJsonOptions? limits = null)
    {
        Guard.Against.Null(utf8Json);
        var options = limits ?? TrygghetJsonOptions.Default;
        var buffer = new ArrayBufferWriter<byte>();
        while (true)
        {
            var span = buffer.GetSpan(16 * 1024);
            var read = utf8Json.Read(span);
            if (read == 0)
            {
                break;
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > options.MaxBytes)
            {
                return TooLarge(options);
            }
        }

        return Deserialize(buffer.WrittenSpan, options);
    }

    /// <summary>Reads a document from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The UTF-8 bytes (a leading byte order mark is allowed).</param>
    /// <param name="limits">Limits; the defaults when null.</param>
    /// <returns>The document, or an error naming the JSON path.</returns>
    public static JsonReadResult<IDocument> Deserialize(ReadOnlySpan<byte> utf8Json, TrygghetJsonOptions? limits = null)
    {
        var options = limits ?? TrygghetJsonOptions.Default;
        if (utf8Json.Length > options.MaxBytes)
        {
            return TooLarge(options);
        }

        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        if (InvalidUtf8(utf8Json, options.MaxDepth) is { } encodingError)
        {
            return JsonReadResult<IDocument>.Failure(encodingError);
        }

        var serializerOptions = CreateSerializerOptions(options);
        if (CheckRoot(utf8Json, options) is { } rootError)
        {
            return JsonReadResult<IDocument>.Failure(rootError);
        }

        return Read(utf8Json, DocumentInfo(serializerOptions), options.MaxDepth);
    }

    /// <summary>Reads any type of the contract, turning every failure into an error with its JSON path.</summary>
    internal static JsonReadResult<T> Read<T>(ReadOnlySpan<byte> utf8Json, JsonTypeInfo<T> info, int maxDepth)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize(utf8Json, info);
            return value is null
                ? Fail<T>("Värdet är null.", "The value is null.", JsonPath.Root)
                : JsonReadResult<T>.Success(value);
        }
        catch (LocalizedJsonException e)
        {
            return JsonReadResult<T>.Failure(new JsonReadError(e.Text, e.FullPath, e.LineNumber, e.BytePositionInLine));
        }
        catch (JsonException e)
        {
            // Documents are buffered to find "kind", so the serializer places syntax errors at "$": locate them.
            if (JsonBlame.Malformed(utf8Json, maxDepth) is var (syntaxPath, syntax))
            {
                return JsonReadResult<T>.Failure(new JsonReadError(Syntax(syntax, maxDepth), syntaxPath, syntax.LineNumber, syntax.BytePositionInLine));
            }

            // Well-formed but refused by the contract: explain it in our words, never the serializer's.
            var (path, text) = JsonExplain.Refusal(utf8Json, info, info.Options, maxDepth, e)
                ?? (e.Path ?? JsonPath.Root, new LocalizedText("Värdet kan inte läsas här.", "The value cannot be read here."));
            return JsonReadResult<T>.Failure(new JsonReadError(text, path, e.LineNumber, e.BytePositionInLine));
        }
        catch (NotSupportedException)
        {
            return Fail<T>(
                $"Värdet kan inte läsas; ett dokument anger sin typ med \"kind\" ({KnownKinds()}).",
                $"The value cannot be read; a document states its type with \"kind\" ({KnownKinds()}).",
                JsonPath.Root);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or FormatException or OverflowException)
        {
            // A constructor refused the data: find the deepest value whose construction fails.
            var (path, cause, blank) = JsonBlame.Find(utf8Json, info, info.Options, maxDepth, e);
            return JsonReadResult<T>.Failure(new JsonReadError(JsonExplain.Refused(cause, blank), path));
        }
    }

    /// <summary>
    /// Reads a document from a file of UTF-8 JSON. Only a regular file with content is opened: a directory, a
    /// missing file, and an empty or special file (a pipe, a device) are refused without reading, so the call
    /// never waits for a writer.
    /// </summary>
    /// <param name="path">The file path.</param>
    /// <param name="limits">Limits; the defaults when null.</param>
    /// <returns>The document, or an error (also when the file cannot be read).</returns>
    public static JsonReadResult<IDocument> DeserializeFile(string path, TrygghetJsonOptions? limits = null)
    {
        Guard.Against.NullOrWhiteSpace(path);
        var options = limits ?? TrygghetJsonOptions.Default;
        try
        {
            if (Directory.Exists(path))
            {
                return Fail($"{path} är en mapp, inte en fil.", $"{path} is a directory, not a file.", null);
            }

            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return Fail($"Filen {path} finns inte.", $"The file {path} does not exist.", null);
            }

            // Pipes and devices report no length: refusing them here keeps a FIFO from blocking the reader.
            if (file.Length == 0)
            {
                return Fail(
                    $"Indata är tomt: filen {path} har inget innehåll eller är ingen vanlig fil.",
                    $"The input is empty: the file {path} has no content or is not a regular file.",
                    null);
            }

            if (file.Length > options.MaxBytes)
            {
                return TooLarge(options);
            }

            using var stream = file.OpenRead();
            return Deserialize(stream, options);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException or System.Security.SecurityException)
        {
            return Fail(
                $"Filen {path} kan inte läsas ({(e is UnauthorizedAccessException ? "åtkomst nekad" : "läsfel")}).",
                $"The file {path} cannot be read ({(e is UnauthorizedAccessException ? "access denied" : "read error")}).",
                null);
        }
    }

    // A document is UTF-8: refuse invalid bytes up front (the reader would throw on them in names and strings),
    // at the path of the value they fall in.
    private static JsonReadError? InvalidUtf8(ReadOnlySpan<byte> utf8Json, int maxDepth)
    {
        if (System.Text.Unicode.Utf8.IsValid(utf8Json))
        {
            return null;
        }

        var index = 0;
        while (index < utf8Json.Length
            && System.Text.Rune.DecodeFromUtf8(utf8Json[index..], out _, out var consumed) == OperationStatus.Done)
        {
            index += consumed;
        }

        var path = JsonBlame.Malformed(utf8Json[..index], maxDepth)?.Path ?? JsonPath.Root;
        var at = index.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new JsonReadError(
            new LocalizedText($"Indata är inte giltig UTF-8 (byte {at}).", $"The input is not valid UTF-8 (byte {at})."),
            path);
    }

    // A syntax error in our words; the English adds the reader's own description, which names no types.
    private static LocalizedText Syntax(JsonException error, int maxDepth)
    {
        var line = ((error.LineNumber ?? 0) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var position = ((error.BytePositionInLine ?? 0) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var depth = maxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return error.Message.Contains("maximum allowed depth", StringComparison.OrdinalIgnoreCase)
            ? new LocalizedText(
                $"Indata är nästlat djupare än största tillåtna djup, {depth} nivåer (rad {line}).",
                $"The input is nested deeper than the maximum depth of {depth} levels (line {line}).")
            : new LocalizedText(
                $"Ogiltig JSON-syntax på rad {line}, byte {position}.",
                $"Invalid JSON syntax at line {line}, byte {position}: {Describe(error)}");
    }


    internal static JsonTypeInfo<IDocument> DocumentInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<IDocument>)options.GetTypeInfo(typeof(IDocument));

    private static JsonSerializerOptions Options(TrygghetJsonOptions? limits) =>
        limits is null ? DefaultOptions : CreateSerializerOptions(limits);

    // The root must be an object with a known "kind"; say so plainly rather than with the serializer's words.
    private static JsonReadError? CheckRoot(ReadOnlySpan<byte> utf8Json, TrygghetJsonOptions limits)
    {
        if (utf8Json.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            return new JsonReadError(new LocalizedText("Indata är tomt.", "The input is empty."), null);
        }

        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = limits.MaxDepth });
        try
        {
            reader.Read();

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return new JsonReadError(
                    new LocalizedText("Ett dokument ska vara ett JSON-objekt.", "A document must be a JSON object."), JsonPath.Root);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals(JsonContract.DiscriminatorName))
                {
                    reader.Read();
                    var kind = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                    return JsonContract.DocumentTypes.Any(d => JsonContract.KindName(d.Kind) == kind)
                        ? null
                        : UnknownKind(kind);
                }

                reader.Read();
                reader.Skip();
            }

            return new JsonReadError(
                new LocalizedText(
                    $"Dokumentet saknar egenskapen \"kind\" ({KnownKinds()}).",
                    $"The document has no \"kind\" property ({KnownKinds()})."),
                JsonPath.Root);
        }
        catch (JsonException)
        {
            // Malformed or too deep: the serializer reports it with the path of the offending value.
            return null;
        }
    }

    private static JsonReadError UnknownKind(string? kind) => new(
        new LocalizedText(
            $"Okänd dokumenttyp \"kind\": {(kind is null ? "saknas eller är ingen sträng" : "'" + kind + "'")} ({KnownKinds()}).",
            $"Unknown document \"kind\": {(kind is null ? "missing or not a string" : "'" + kind + "'")} ({KnownKinds()})."),
        JsonPath.Member(JsonPath.Root, "kind"));

    private static string KnownKinds() =>
        string.Join(", ", JsonContract.DocumentTypes.Select(d => JsonContract.KindName(d.Kind)));

    // The serializer appends the path to its own messages; the path is reported separately.
    private static string Describe(JsonException e)
    {
        var message = e.Message;
        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return cut < 0 ? message : message[..cut];
    }

    private static JsonReadResult<IDocument> TooLarge(TrygghetJsonOptions limits) => Fail(
        $"Indata är större än {limits.MaxBytes} byte.",
        $"The input is larger than {limits.MaxBytes} bytes.",
        null);

    private static JsonReadResult<IDocument> Fail(string swedish, string english, string? path) => Fail<IDocument>(swedish, english, path);

    private static JsonReadResult<T> Fail<T>(string swedish, string english, string? path)
        where T : class =>
        JsonReadResult<T>.Failure(new JsonReadError(new LocalizedText(swedish, english), path));
}
