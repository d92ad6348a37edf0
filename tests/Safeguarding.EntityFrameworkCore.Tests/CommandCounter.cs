using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>Counts the commands a context sends to the database.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    internal int Count { get; set; }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Count++;
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Count++;
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Count++;
        return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
    }
}
