using Safeguarding.Domain.Rag;

namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>The JSON shape of a stored rating: self-contained, with the levels it names.</summary>
internal sealed record StoredRecordedRating(string DimensionId, bool TracksCompletion, string Text, IReadOnlyList<RagLevel> Levels)
{
    internal static StoredRecordedRating Of(RecordedRating rating) =>
        new(rating.DimensionId, rating.TracksCompletion, rating.Text, rating.Levels);

    internal RecordedRating ToRating() => new(DimensionId, TracksCompletion, Text, Levels);
}
