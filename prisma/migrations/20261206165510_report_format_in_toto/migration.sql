-- AlterEnum
ALTER TYPE "ReportFormat" ADD VALUE 'in_toto';

