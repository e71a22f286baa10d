using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace NewsCms.Core.Data;

public static class AdvisoryLocks
{
    /// <summary>
    /// Runs <paramref name="work"/> only if no other session (another node of a cluster) holds the PostgreSQL
    /// advisory lock named by <paramref name="key"/>, and answers whether it ran. The lock is session-level,
    /// so the connection is held open for the whole of the work, and it is released however the work ends;
    /// should the unlock itself fail, closing the connection returns it to the pool, whose reset (DISCARD ALL)
    /// releases the lock, and a node that dies releases it with its session.
    /// </summary>
    public static async Task<bool> TryWithAdvisoryLockAsync(this DatabaseFacade db, string key, Func<Task> work, CancellationToken cancellationToken)
    {
        await db.OpenConnectionAsync(cancellationToken);
        try
        {
            if (!await db.SqlQuery<bool>($"SELECT pg_try_advisory_lock(hashtext({key})) AS \"Value\"").SingleAsync(cancellationToken))
                return false;
            try
            {
                await work();
            }
            finally
            {
                await db.ExecuteSqlAsync($"SELECT pg_advisory_unlock(hashtext({key}))", CancellationToken.None);
            }

            return true;
        }
        finally
        {
            await db.CloseConnectionAsync();
        }
    }
}
