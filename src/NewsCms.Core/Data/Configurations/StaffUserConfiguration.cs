using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Data.Configurations;

internal sealed class StaffUserConfiguration : IEntityTypeConfiguration<StaffUser>
{
    public void Configure(EntityTypeBuilder<StaffUser> user)
    {
        user.Property(u => u.DisplayName).HasMaxLength(StaffUser.DisplayNameMaxLength);
        user.Property(u => u.AuthorSlug).HasMaxLength(StaffUser.DisplayNameMaxLength);
        user.Property(u => u.Bio).HasMaxLength(StaffUser.BioMaxLength);
        user.Ignore(u => u.IsDisabled);

        // The author page: /author/{slug}.
        user.HasIndex(u => u.AuthorSlug).IsUnique();
    }
}
