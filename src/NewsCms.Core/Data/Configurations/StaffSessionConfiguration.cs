using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsCms.Core.Staff;

namespace NewsCms.Core.Data.Configurations;

internal sealed class StaffSessionConfiguration : IEntityTypeConfiguration<StaffSession>
{
    public void Configure(EntityTypeBuilder<StaffSession> session)
    {
        session.ToTable("staff_sessions");
        session.HasKey(s => s.Id);
        session.Property(s => s.Id).ValueGeneratedNever();
        session.Property(s => s.SecurityStamp).HasMaxLength(256);
        session.Property(s => s.UserAgent).HasMaxLength(StaffSession.UserAgentMaxLength);
        session.Property(s => s.Address).HasMaxLength(StaffSession.AddressMaxLength);

        // Listing and ending "all of a person's sessions" go by user; deleting the account takes its sessions.
        session.HasIndex(s => s.UserId);
        session.HasOne<StaffUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
