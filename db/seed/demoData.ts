import type { Amenity, Locale, Role, RoomType, WorkingHours } from '../../core/domain';

/** The demo world: two offices, their rooms and people. Plain data; demo.ts writes it. */

export const DEMO_PASSWORD = 'roomly-demo-2026';

export type DemoOfficeName = 'Moscow' | 'Berlin';

export const DEMO_WORKING_HOURS: WorkingHours = {
  mon: [['09:00', '19:00']],
  tue: [['09:00', '19:00']],
  wed: [['09:00', '19:00']],
  thu: [['09:00', '19:00']],
  fri: [['09:00', '19:00']],
  sat: [],
  sun: [],
};

export interface DemoOffice {
  name: DemoOfficeName;
  timeZone: string;
  /** Month and day of the office's public holiday; the year comes from `now`. */
  holiday: string;
  locale: Locale;
}

export const DEMO_OFFICES: readonly DemoOffice[] = [
  // No daylight saving time in Moscow since 2014; Berlin switches twice a year.
  { name: 'Moscow', timeZone: 'Europe/Moscow', holiday: '11-04', locale: 'ru' },
  { name: 'Berlin', timeZone: 'Europe/Berlin', holiday: '10-03', locale: 'en' },
];

export const AMENITY_LABELS: Record<Amenity, string> = {
  projector: 'Projector',
  whiteboard: 'Whiteboard',
  video: 'Video conferencing',
  screen: 'Screen',
  phone: 'Phone',
  speakers: 'Speakers',
  wheelchair: 'Wheelchair access',
};

export interface DemoRoom {
  office: DemoOfficeName;
  name: string;
  type: RoomType;
  capacity: number;
  floor: number;
  building: string;
  amenities: Amenity[];
  requiresApproval?: boolean;
  allowedRoles?: Role[];
  description?: string;
}

/** Roles "manager and above" for the restricted room. */
export const MANAGERS_AND_UP: Role[] = ['manager', 'facility_manager', 'admin'];

export const DEMO_ROOMS: readonly DemoRoom[] = [
  { office: 'Moscow', name: 'Север', type: 'meeting', capacity: 8, floor: 3, building: 'Башня А', amenities: ['projector', 'whiteboard', 'video'] },
  { office: 'Moscow', name: 'Юг', type: 'meeting', capacity: 6, floor: 3, building: 'Башня А', amenities: ['screen', 'whiteboard'] },
  { office: 'Moscow', name: 'Стекло', type: 'meeting', capacity: 12, floor: 5, building: 'Башня А', amenities: ['video', 'screen', 'speakers'], description: 'Стеклянная переговорная с видом на город.' },
  { office: 'Moscow', name: 'Кабина', type: 'phone_booth', capacity: 2, floor: 3, building: 'Башня А', amenities: ['phone'] },
  { office: 'Moscow', name: 'Большой зал', type: 'auditorium', capacity: 40, floor: 1, building: 'Башня А', amenities: ['projector', 'speakers', 'video', 'wheelchair'], requiresApproval: true, description: 'Для общих собраний; бронь подтверждает офис-менеджер.' },
  { office: 'Moscow', name: 'Кабинет директора', type: 'meeting', capacity: 6, floor: 7, building: 'Башня А', amenities: ['video', 'screen'], allowedRoles: MANAGERS_AND_UP },
  { office: 'Moscow', name: 'Класс', type: 'classroom', capacity: 20, floor: 2, building: 'Башня Б', amenities: ['projector', 'whiteboard'] },
  { office: 'Berlin', name: 'Spree', type: 'meeting', capacity: 8, floor: 2, building: 'Haus 1', amenities: ['screen', 'video', 'whiteboard'] },
  { office: 'Berlin', name: 'Alexanderplatz', type: 'meeting', capacity: 4, floor: 2, building: 'Haus 1', amenities: ['screen'] },
  { office: 'Berlin', name: 'Tiergarten', type: 'classroom', capacity: 24, floor: 1, building: 'Haus 1', amenities: ['projector', 'whiteboard', 'speakers', 'wheelchair'] },
  { office: 'Berlin', name: 'Lab One', type: 'lab', capacity: 10, floor: 3, building: 'Haus 2', amenities: ['screen', 'whiteboard'] },
  { office: 'Berlin', name: 'Quiet Corner', type: 'study_space', capacity: 6, floor: 3, building: 'Haus 2', amenities: [] },
  { office: 'Berlin', name: 'Booth B', type: 'phone_booth', capacity: 2, floor: 2, building: 'Haus 1', amenities: ['phone'] },
];

export interface DemoUser {
  email: string;
  name: string;
  role: Role;
  office: DemoOfficeName;
  locale: Locale;
}

const person = (office: DemoOfficeName, locale: Locale) => (login: string, name: string, role: Role): DemoUser => ({
  email: `${login}@roomly.test`,
  name,
  role,
  office,
  locale,
});
const moscow = person('Moscow', 'ru');
const berlin = person('Berlin', 'en');

/** Every role in both offices, plus colleagues who organise most of the meetings. All share DEMO_PASSWORD. */
export const DEMO_USERS: readonly DemoUser[] = [
  moscow('anna.employee', 'Анна Смирнова', 'employee'),
  moscow('boris.manager', 'Борис Иванов', 'manager'),
  moscow('vera.assistant', 'Вера Кузнецова', 'assistant'),
  moscow('grigory.facility', 'Григорий Попов', 'facility_manager'),
  moscow('daria.moderator', 'Дарья Соколова', 'moderator'),
  moscow('egor.admin', 'Егор Лебедев', 'admin'),
  moscow('ivan.employee', 'Иван Морозов', 'employee'),
  moscow('olga.employee', 'Ольга Волкова', 'employee'),
  moscow('pavel.employee', 'Павел Зайцев', 'employee'),
  moscow('sofia.employee', 'Софья Павлова', 'employee'),
  moscow('timur.employee', 'Тимур Семёнов', 'employee'),
  moscow('nina.manager', 'Нина Голубева', 'manager'),
  berlin('emma.employee', 'Emma Schmidt', 'employee'),
  berlin('felix.manager', 'Felix Wagner', 'manager'),
  berlin('greta.assistant', 'Greta Becker', 'assistant'),
  berlin('hans.facility', 'Hans Hoffmann', 'facility_manager'),
  berlin('ida.moderator', 'Ida Schulz', 'moderator'),
  berlin('jonas.admin', 'Jonas Fischer', 'admin'),
  berlin('lena.employee', 'Lena Wolf', 'employee'),
  berlin('max.employee', 'Max Richter', 'employee'),
  berlin('nora.employee', 'Nora Klein', 'employee'),
  berlin('paul.employee', 'Paul Neumann', 'employee'),
  berlin('sara.employee', 'Sara Braun', 'employee'),
  berlin('tom.manager', 'Tom Krüger', 'manager'),
];

export const MEETING_TITLES: Record<DemoOfficeName, readonly string[]> = {
  Moscow: ['Планёрка', 'Ретроспектива', 'Созвон с клиентом', 'Обзор дизайна', 'Собеседование', 'Синк команды', 'Планирование спринта', 'Встреча один на один', 'Демо продукта', 'Обучение новичков'],
  Berlin: ['Stand-up', 'Design review', 'Client call', 'Sprint planning', 'Retrospective', 'Interview', 'One-on-one', 'Workshop', 'Product demo', 'Budget review'],
};

export const CANCEL_REASONS: Record<DemoOfficeName, string> = {
  Moscow: 'Встречу перенесли.',
  Berlin: 'The meeting was moved.',
};

export const GUEST_EMAILS = ['guest@partner.example', 'consultant@agency.example'] as const;
